package org.stressharness.scenarios.probe;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Notices a JVM that is out of memory in all but name: nearly all of its time in back-to-back collections,
 * the workload crawling, and no {@link OutOfMemoryError} yet. Parallel GC can stay like that for minutes
 * (its overhead limit also wants under 2% of the heap freed per collection), so the scenario ends there and
 * says so instead of running into its timeout. Reads the collectors' cumulative collection time once a
 * second on its own thread, so it sees the spiral even while the workload barely moves.
 */
final class GcBoundWatch {

    /** The share of wall time spent in GC, over the whole window, that counts as bound. */
    static final double SHARE = 0.95;
    static final int WINDOW_SECONDS = 10;

    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
            // Concurrent cycles (ZGC's "Cycles", G1's "Concurrent GC" beans) run beside the workload: no time lost.
            .filter(gc -> !gc.getName().contains("Cycles") && !gc.getName().contains("Concurrent"))
            .toList();
    private final long[] gcMs = new long[WINDOW_SECONDS + 1];
    private final long[] wallNanos = new long[WINDOW_SECONDS + 1];
    private int readings;
    private volatile String bound;
    private volatile boolean running;

    void start() {
        running = true;
        Thread t = new Thread(this::watch, "gc-bound-watch");
        t.setDaemon(true);
        t.start();
    }

    void stop() {
        running = false;
    }

    /** Null while the workload makes progress; else what was seen, for the record. */
    String bound() {
        return bound;
    }

    private void watch() {
        while (running && bound == null) {
            reading(collectionMs(), System.nanoTime());
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Takes one reading (about a second after the last) of the cumulative GC time; true once bound. */
    boolean reading(long cumulativeGcMs, long nanos) {
        int k = readings % gcMs.length;
        gcMs[k] = cumulativeGcMs;
        wallNanos[k] = nanos;
        if (readings >= WINDOW_SECONDS) {
            int oldest = (readings - WINDOW_SECONDS) % gcMs.length;
            double share = (gcMs[k] - gcMs[oldest]) * 1e6 / Math.max(1, wallNanos[k] - wallNanos[oldest]);
            if (share >= SHARE) {
                bound = String.format("GC-bound: %.0f%% of the last %d s in GC, no OutOfMemoryError yet",
                        100 * Math.min(1, share), WINDOW_SECONDS);
            }
        }
        readings++;
        return bound != null;
    }

    private long collectionMs() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : collectors) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }
}
