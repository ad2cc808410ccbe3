package org.stressharness.scenarios.catalog;

import org.stressharness.scenarios.engine.Workload;
import org.stressharness.scenarios.engine.Scenario;
import org.stressharness.scenarios.probe.HeapProbe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A size-capped {@code LinkedHashMap} (evicting its eldest entry) fed a key stream twenty times its cap:
 * it must never run out of memory, and its live heap must stay flat once full.
 */
public final class BoundedLruFill implements Workload {

    public static final Scenario SCENARIO = Scenario.of(BoundedLruFill.class, "bounded-lru", Scenario.Kind.BOUNDED,
                    Scenario.Prediction.NONE,
                    "Size-capped LinkedHashMap (removeEldestEntry, cap heap/320) fed 20x its cap: no OOM, heap "
                            + "plateaus",
                    map -> new BoundedLruFill())
            .withJolSpecimen(n -> Workload.filled(new LinkedHashMap<>(16, 0.75f, true), n));

    public static final int STREAM_FACTOR = 20;

    /** Entries kept: about a quarter of the heap live. */
    public static int capFor(long maxHeap) {
        return (int) (maxHeap / 320);
    }

    @Override
    public void run(HeapProbe probe) {
        int cap = capFor(probe.maxHeap());
        Map<Integer, Integer> cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
                return size() > cap;
            }
        };
        long atCap = 2L * cap;
        probe.note("cap", cap);
        probe.fillTo((long) STREAM_FACTOR * cap, i -> {
            cache.put((int) i, (int) i);
            if (i + 1 == atCap) {
                probe.noteLiveBytes("liveBytesAtCap", cache);
            }
        });
        probe.noteLiveBytes("liveBytesAtEnd", cache);
    }
}
