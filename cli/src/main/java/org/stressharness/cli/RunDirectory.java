package org.stressharness.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A new directory per run under the output root, never reused, and a {@code latest} link that is switched
 * atomically once a run's report is whole.
 */
final class RunDirectory {

    static final String LATEST = "latest";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;
    private final Path dir;

    private RunDirectory(Path root, Path dir) {
        this.root = root;
        this.dir = dir;
    }

    /** Creates a fresh run directory; two runs started in the same second still get different ones. */
    static RunDirectory create(Path root, String arch) {
        return create(root, "", arch);
    }

    /** As {@link #create(Path, String)}, the name starting with {@code prefix} (e.g. "bench-"). */
    static RunDirectory create(Path root, String prefix, String arch) {
        try {
            Files.createDirectories(root);
            String stamp = STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
            String jdk = "jdk" + Runtime.version().feature();
            while (true) {
                String id = prefix + stamp + "-" + arch + "-" + jdk + "-" + Integer.toHexString(
                        ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
                try {
                    return new RunDirectory(root, Files.createDirectory(root.resolve(id)));
                } catch (FileAlreadyExistsException taken) {
                    // another run took this id in the same second: draw again
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run directory under " + root, e);
        }
    }

    /** An existing run directory, to finish an interrupted run in it ({@code --resume}). */
    static RunDirectory existing(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        return new RunDirectory(absolute.getParent(), absolute);
    }

    String id() {
        return dir.getFileName().toString();
    }

    Path path() {
        return dir;
    }

    Path suiteDir(Suite suite) {
        return dir.resolve(suite.id());
    }

    /** Points {@code latest} at this run: a new link beside it, renamed over the old one. */
    void markLatest() {
        Path link = root.resolve(LATEST);
        Path tmp = root.resolve("." + LATEST + "-" + id());
        try {
            Files.deleteIfExists(tmp);
            Files.createSymbolicLink(tmp, dir.getFileName());
            try {
                Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, link, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // No symlinks (e.g. some Windows setups): a text pointer does the same job.
            try {
                Files.deleteIfExists(tmp);
                org.stressharness.results.json.AtomicFiles.write(root.resolve(LATEST + ".txt"), id() + "\n");
            } catch (IOException inner) {
                throw new UncheckedIOException("cannot update " + link, inner);
            }
        }
    }

    /** Removes a run directory that never got results (bad input found after it was made). */
    void discard() {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: an empty run directory is harmless
        }
    }
}
