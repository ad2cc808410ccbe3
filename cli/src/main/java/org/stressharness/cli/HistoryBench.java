package org.stressharness.cli;

import org.stressharness.report.bench.BenchReport.HistoryCost;
import org.stressharness.report.history.HistoryStore;
import org.stressharness.report.history.SyntheticHistory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times {@code harness history} on a synthetic year of digests: the first pass as a CI step pays it (cold JVM:
 * class loading and JIT included), then the best of the warm passes.
 */
final class HistoryBench {

    private static final int WARM_ROUNDS = 2;
    private static final int LAST_N = 7;

    private HistoryBench() {
    }

    static HistoryCost measure(int nights, int jobs, int tests, Path dir) {
        Path digests = dir.resolve("digests");
        HistoryStore.keep(SyntheticHistory.nights(nights, jobs, tests), digests);
        double first = pass(digests, dir.resolve("out"));
        double best = Double.MAX_VALUE;
        for (int i = 0; i < WARM_ROUNDS; i++) {
            best = Math.min(best, pass(digests, dir.resolve("out")));
        }
        try (Stream<Path> files = Files.list(digests)) {
            long bytes = files.mapToLong(HistoryBench::size).sum();
            return new HistoryCost(nights, jobs, tests, bytes, first, best,
                    size(dir.resolve("out").resolve(HistoryCommand.HTML)),
                            size(dir.resolve("out").resolve(HistoryCommand.MARKDOWN)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link HistoryCommand} does, timed from reading the first digest to writing the last byte. */
    private static double pass(Path digests, Path out) {
        long t0 = System.nanoTime();
        HistoryCommand.write(HistoryStore.read(List.of(digests)), out, LAST_N);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
