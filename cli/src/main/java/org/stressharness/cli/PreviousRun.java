package org.stressharness.cli;

import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The run a new run is compared with in its report's first block: {@code --baseline DIR} when given, else the
 * newest earlier complete run in the same output directory with the same profile on the same architecture (the
 * same job's last night). Run ids begin with their start time, so "earlier" is "sorts before".
 */
final class PreviousRun {

    private PreviousRun() {
    }

    /** The run in {@code dir} (a run directory or its run.json, compressed or not). */
    static Run given(Path dir) {
        return RunFile.read(dir);
    }

    /** The newest earlier complete run like {@code current} beside {@code runDir}, or null when there is none. */
    static Run beside(Path runDir, String currentId, String profile, String arch) {
        Path root = runDir.toAbsolutePath().getParent();
        if (root == null || !Files.isDirectory(root)) {
            return null;
        }
        List<Path> earlier;
        try (Stream<Path> dirs = Files.list(root)) {
            earlier = dirs.filter(Files::isDirectory).filter(d -> !Files.isSymbolicLink(d))
                    .filter(d -> d.getFileName().toString().compareTo(currentId) < 0)
                    .sorted(Comparator.comparing((Path d) -> d.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            return null;
        }
        for (Path d : earlier) {
            if (!Files.isRegularFile(d.resolve(RunFile.NAME))) {
                continue;
            }
            try {
                Run r = RunFile.read(d);
                if (r.complete() && Objects.equals(r.profile(), profile)
                        && (r.host() == null || Objects.equals(r.host().arch(), arch))) {
                    return r;
                }
            } catch (IllegalArgumentException damaged) {
                // A damaged earlier run is no baseline; an older one may be.
            }
        }
        return null;
    }
}
