package org.stressharness.cli;

import org.stressharness.report.ReportWriter;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.report.bench.BenchReport.RenderCost;
import org.stressharness.results.model.Run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Times writing every report file of a synthetic run: best of three after a warm-up, and bytes allocated. */
final class RenderBench {

    private static final int ROUNDS = 3;

    private RenderBench() {
    }

    static RenderCost measure(int results, Path dir) {
        Run run = SyntheticRuns.large(results);
        ReportWriter writer = new ReportWriter();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        writer.writeAll(run, dir); // warm-up: class loading and JIT
        double best = Double.MAX_VALUE;
        long allocated = Long.MAX_VALUE;
        for (int i = 0; i < ROUNDS; i++) {
            long a0 = threads.getThreadAllocatedBytes(tid);
            long t0 = System.nanoTime();
            writer.writeAll(run, dir);
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
            allocated = Math.min(allocated, threads.getThreadAllocatedBytes(tid) - a0);
        }
        try {
            return new RenderCost(results, best, allocated / 1e6, Files.size(dir.resolve(ReportWriter.HTML)),
                    Files.size(dir.resolve("run.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
