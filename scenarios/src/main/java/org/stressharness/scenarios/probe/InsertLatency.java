package org.stressharness.scenarios.probe;

import org.HdrHistogram.Histogram;

import java.util.Comparator;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Each insert's latency, when a scenario asks for it: an HdrHistogram of them all, and the slowest kept with where
 * they fell and whether they grew the structure, written as records of their own at the end.
 */
final class InsertLatency {

    private static final int SLOWEST_KEPT = 16;

    private final Histogram nanos = new Histogram(60_000_000_000L, 2);
    /** The slowest inserts so far, fastest first: {nanos, elements after it, 1 if it grew the structure}. */
    private final PriorityQueue<long[]> slowest = new PriorityQueue<>(Comparator.comparingLong(s -> s[0]));

    /** One insert that took {@code took} ns and left {@code elements} in the structure. */
    void record(long took, long elements, boolean grew) {
        nanos.recordValue(Math.min(took, nanos.getHighestTrackableValue()));
        if (slowest.size() < SLOWEST_KEPT || took > slowest.peek()[0]) {
            slowest.add(new long[] {took, elements, grew ? 1 : 0});
            if (slowest.size() > SLOWEST_KEPT) {
                slowest.poll();
            }
        }
    }

    /** The percentiles into {@code values}, and the slowest inserts as records, in the order they happened. */
    void report(Map<String, Double> values, ProbeWriter out) {
        if (nanos.getTotalCount() == 0) {
            return;
        }
        values.put("insertCount", (double) nanos.getTotalCount());
        values.put("insertP50Ns", (double) nanos.getValueAtPercentile(50));
        values.put("insertP99Ns", (double) nanos.getValueAtPercentile(99));
        values.put("insertP999Ns", (double) nanos.getValueAtPercentile(99.9));
        values.put("insertMaxNs", (double) nanos.getMaxValue());
        slowest.stream().sorted(Comparator.comparingLong(s -> s[1])).forEach(s -> out.write(new ProbeRecord(
                ProbeRecord.SLOW_INSERT, s[1], 0, 0, 0, 0,
                Map.of("insertNanos", (double) s[0], "growth", (double) s[2]), null, null)));
    }
}
