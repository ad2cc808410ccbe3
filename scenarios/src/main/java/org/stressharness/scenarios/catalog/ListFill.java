package org.stressharness.scenarios.catalog;

import org.stressharness.scenarios.engine.Workload;
import org.stressharness.scenarios.engine.Scenario;
import org.stressharness.scenarios.probe.BackingArrayWatch;
import org.stressharness.scenarios.probe.HeapProbe;

import java.util.ArrayList;
import java.util.List;

/**
 * The same number of ints in an {@code ArrayList<Integer>} left to grow, one created with its final size, or
 * a plain {@code int[]}: growths, bytes copied, peak heap and the live bytes each costs.
 *
 * @param kind which list, or the int array, is filled
 */
public record ListFill(Kind kind) implements Workload {

    public static final Scenario DEFAULT = Scenario.of(ListFill.class, "arraylist-default", Scenario.Kind.FIXED,
                    Scenario.Prediction.NONE,
                    "ArrayList<Integer> left to grow (1.5x) to heap/48 elements: growths, bytes copied, peak heap",
                    map -> new ListFill(Kind.DEFAULT_GROWTH))
            .withJolSpecimen(n -> filled(new ArrayList<>(), n)).timingInserts();
    public static final Scenario PRESIZED = Scenario.of(ListFill.class, "arraylist-presized", Scenario.Kind.FIXED,
                    Scenario.Prediction.NONE, "new ArrayList<Integer>(n) with the same heap/48 elements: no growth",
                    map -> new ListFill(Kind.PRESIZED))
            .withJolSpecimen(n -> filled(new ArrayList<>(n), n)).timingInserts();
    public static final Scenario INT_ARRAY = Scenario.of(ListFill.class, "int-array", Scenario.Kind.FIXED,
                    Scenario.Prediction.NONE, "int[n] with the same heap/48 elements: no boxing, no growth",
                    map -> new ListFill(Kind.INT_ARRAY))
            .withJolSpecimen(n -> new int[n]);

    private static List<Integer> filled(List<Integer> list, int n) {
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    public enum Kind { DEFAULT_GROWTH, PRESIZED, INT_ARRAY }

    /** Elements: a default-growth ArrayList of this many Integers fills about half the heap at its peak. */
    public static long elementsFor(long maxHeap) {
        return maxHeap / 48;
    }

    @Override
    public void run(HeapProbe probe) {
        int n = (int) elementsFor(probe.maxHeap());
        probe.note("targetElements", n);
        if (kind == Kind.INT_ARRAY) {
            int[] array = new int[n];
            probe.fillTo(n, i -> array[(int) i] = (int) i);
            probe.noteLiveBytes("liveBytes", array);
            return;
        }
        List<Integer> list = kind == Kind.PRESIZED ? new ArrayList<>(n) : new ArrayList<>();
        BackingArrayWatch elementData = new BackingArrayWatch(probe, ArrayList.class, "elementData").watch(list);
        probe.fillTo(n, i -> {
            list.add((int) i);
            elementData.check();
        });
        probe.noteLiveBytes("liveBytes", list);
    }
}
