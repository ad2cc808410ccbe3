package org.stressharness.report.history;

import com.fasterxml.jackson.core.JacksonException;
import org.stressharness.results.json.AtomicFiles;
import org.stressharness.results.suite.UsageException;
import org.stressharness.results.json.Json;
import org.stressharness.results.json.RunFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where nights come from and where they are kept: run directories ({@code run.json}), digests
 * ({@code *.digest.json}, what the nightly workflow keeps between nights), and directories holding either.
 */
public final class HistoryStore {

    /** How deep below a given directory runs and digests are looked for (artifacts nest a run two levels down). */
    private static final int DEPTH = 4;

    private HistoryStore() {
    }

    /**
     * Every night found under {@code paths}, each run once (by id; a run directory wins over its digest), oldest
     * first.
     *
     * @throws UsageException naming the path, when a path does not exist, or holds no run or digest, or a
     *                               file in it is damaged
     */
    public static List<NightDigest> read(Collection<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            List<Path> found = find(p);
            if (found.isEmpty()) {
                throw new UsageException(p + ": no run (" + RunFile.NAME + ") or digest (*" + NightDigest.SUFFIX
                        + ") here");
            }
            files.addAll(found);
        }
        // Parsing dominates a year of history: both cores share it.
        List<NightDigest> nights = files.parallelStream().map(HistoryStore::load).toList();
        Map<String, NightDigest> byId = new LinkedHashMap<>();
        for (int i = 0; i < nights.size(); i++) {
            boolean fromRun = RunFile.isRunFile(files.get(i));
            NightDigest n = nights.get(i);
            if (fromRun || !byId.containsKey(n.runId())) {
                byId.put(n.runId(), n);
            }
        }
        return byId.values().stream().sorted(Comparator.comparing(NightDigest::startedAt,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /** Writes each night's digest into {@code dir} (one file per run, named by its id), keeping those already there. */
    public static int keep(List<NightDigest> nights, Path dir) {
        int written = 0;
        try {
            Files.createDirectories(dir);
            for (NightDigest n : nights) {
                Path file = dir.resolve(n.runId().replaceAll("[^A-Za-z0-9_.-]", "_") + NightDigest.SUFFIX);
                if (!Files.exists(file)) {
                    AtomicFiles.write(file, Json.mapper().writeValueAsBytes(n));
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the history in " + dir, e);
        }
        return written;
    }

    private static List<Path> find(Path p) {
        if (Files.isRegularFile(p)) {
            return isNight(p) ? List.of(p) : List.of();
        }
        if (!Files.isDirectory(p)) {
            throw new UsageException(p + ": no such file or directory");
        }
        try (Stream<Path> walk = Files.walk(p, DEPTH)) {
            return walk.filter(Files::isRegularFile).filter(HistoryStore::isNight).sorted().toList();
        } catch (IOException e) {
            throw new UsageException(p + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static boolean isNight(Path file) {
        return RunFile.isRunFile(file) || file.getFileName().toString().endsWith(NightDigest.SUFFIX);
    }

    private static NightDigest load(Path file) {
        if (RunFile.isRunFile(file)) {
            return NightDigest.of(RunFile.read(file));
        }
        try {
            NightDigest n = Json.mapper().readValue(file.toFile(), NightDigest.class);
            if (n == null || n.runId() == null || n.results() == null) {
                throw new UsageException(file + ": not a night's digest (no run id or results)");
            }
            return n;
        } catch (JacksonException e) {
            throw new UsageException(file + ": damaged JSON (" + String.valueOf(e.getOriginalMessage())
                    .replaceAll("\\s+", " ") + ")");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
