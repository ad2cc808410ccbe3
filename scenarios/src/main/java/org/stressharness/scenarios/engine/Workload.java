package org.stressharness.scenarios.engine;

import org.stressharness.scenarios.probe.HeapProbe;

/**
 * What one scenario does inside its child JVM. Sizes derive from {@link HeapProbe#maxHeap()}, so a scenario
 * scales with {@code -Xmx}. The structure under test must be unreachable once {@link #run} returns.
 */
public interface Workload {

    void run(HeapProbe probe) throws Exception;

    /** {@code map} holding the keys 0 to n - 1, each its own value: a scenario's structure for JOL's footprint. */
    static <M extends java.util.Map<Integer, Integer>> M filled(M map, int n) {
        for (int i = 0; i < n; i++) {
            map.put(i, i);
        }
        return map;
    }

    /** The initial capacity that lets a HashMap hold {@code expected} entries without resizing. */
    static int hashMapCapacityFor(long expected) {
        return (int) Math.min(1 << 30, (long) Math.ceil(expected / 0.75));
    }
}
