package org.stressharness.scenarios.catalog;

import org.stressharness.scenarios.engine.Workload;
import org.stressharness.scenarios.engine.Scenario;
import org.stressharness.scenarios.engine.ThresholdPrediction;
import org.stressharness.scenarios.probe.BackingArrayWatch;
import org.stressharness.scenarios.probe.HeapProbe;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code HashMap<Integer,Integer>} filled with distinct keys until the heap runs out, either with the default
 * capacity (doubling its table) or presized for the entries a heap of this size is expected to hold.
 *
 * @param presized whether the map starts with the capacity for the entries the heap is expected to hold
 */
public record HashMapFill(boolean presized) implements Workload {

    public static final Scenario DEFAULT = Scenario.of(HashMapFill.class, "hashmap-default", Scenario.Kind.UNTIL_OOM,
                    Scenario.Prediction.REPORTED,
                    "HashMap<Integer,Integer> with the default capacity, unbounded inserts until OutOfMemoryError",
                    map -> new HashMapFill(false))
            .withJolSpecimen(n -> Workload.filled(new HashMap<>(), n)).timingInserts();

    public static final Scenario PRESIZED = Scenario.of(HashMapFill.class, "hashmap-presized",
                    Scenario.Kind.UNTIL_OOM, Scenario.Prediction.GRADED,
                    "HashMap<Integer,Integer> presized for the entries the heap is expected to hold (heap / 64 B)",
                    map -> new HashMapFill(true))
            .withJolSpecimen(n -> Workload.filled(new HashMap<>(Workload.hashMapCapacityFor(n)), n)).timingInserts();

    /** A boxed entry's nominal cost: 32-byte node, two 16-byte Integers, table share (compressed oops). */
    public static final int NOMINAL_ENTRY_BYTES = 64;

    @Override
    public void run(HeapProbe probe) {
        long expected = probe.maxHeap() / NOMINAL_ENTRY_BYTES;
        Map<Integer, Integer> map = presized ? new HashMap<>(Workload.hashMapCapacityFor(expected)) : new HashMap<>();
        BackingArrayWatch table = new BackingArrayWatch(probe, HashMap.class, "table").watch(map);
        if (presized) {
            int capacity = Workload.hashMapCapacityFor(expected);
            int slots = capacity <= 1 ? 1 : Integer.highestOneBit(capacity - 1) << 1; // HashMap.tableSizeFor
            probe.note("expectedElements", expected);
            // The table is sized from the heap: twice the heap, twice the table. The prediction needs to know.
            probe.note(ThresholdPrediction.HEAP_SCALED_BYTES, (double) slots * BackingArrayWatch.referenceBytes());
        }
        probe.fillUntilOom(i -> {
            int k = (int) i;
            map.put(k, k);
            table.check();
        }, NOMINAL_ENTRY_BYTES + 8);
    }
}
