package org.stressharness.scenarios.catalog;

import org.stressharness.scenarios.engine.Workload;
import org.stressharness.scenarios.engine.Scenario;
import org.stressharness.scenarios.probe.BackingArrayWatch;
import org.stressharness.scenarios.probe.HeapProbe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A stream of batches of varying size (normal, mean 2000, σ 400; fixed seed), each collected into its own
 * HashMap and kept until the heap runs out. The map is created with the default capacity or with the
 * capacity {@link AdaptiveCapacity} suggests from the last 32 batches.
 */
public final class BatchFill implements Workload {

    public static final Scenario DEFAULT = Scenario.of(BatchFill.class, "batches-default", Scenario.Kind.UNTIL_OOM,
            Scenario.Prediction.GRADED,
            "Batches of ~2000 entries (sigma 400), each in a default-capacity HashMap, kept until OOM",
            map -> new BatchFill(false));
    public static final Scenario ADAPTIVE = Scenario.of(BatchFill.class, "batches-adaptive",
            Scenario.Kind.UNTIL_OOM, Scenario.Prediction.GRADED,
            "The same batches, each HashMap presized to mean + 2 sigma of the last 32 batch sizes",
            map -> new BatchFill(true));

    static final int MEAN = 2000;
    static final int SIGMA = 400;
    static final int WINDOW = 32;

    private final boolean adaptive;

    public BatchFill(boolean adaptive) {
        this.adaptive = adaptive;
    }

    /** Where the stream stands: the batch being filled, what it still lacks, how many outgrew their capacity. */
    private static final class Stream {
        Map<Integer, Integer> current;
        long remaining;
        long overCapacity;
    }

    @Override
    public void run(HeapProbe probe) {
        Random sizes = new Random(42);
        AdaptiveCapacity capacity = new AdaptiveCapacity(WINDOW);
        List<Map<Integer, Integer>> kept = new ArrayList<>();
        BackingArrayWatch table = new BackingArrayWatch(probe, HashMap.class, "table");
        Stream stream = new Stream();
        probe.fillUntilOom(i -> {
            if (stream.remaining == 0) {
                long size = Math.max(1, Math.round(MEAN + SIGMA * sizes.nextGaussian()));
                long suggested = adaptive ? capacity.suggest() : 0;
                if (suggested > 0 && size > suggested) {
                    stream.overCapacity++;
                }
                capacity.record(size);
                stream.current = suggested > 0 ? new HashMap<>(Workload.hashMapCapacityFor(suggested))
                        : new HashMap<>();
                kept.add(stream.current);
                table.watch(stream.current);
                stream.remaining = size;
            }
            stream.current.put((int) i, (int) i);
            table.check();
            stream.remaining--;
        }, 80);
        int batches = kept.size();
        kept.clear(); // after an OOM the notes below need room
        stream.current = null;
        probe.note("batches", batches);
        probe.note("batchesOverCapacity", stream.overCapacity);
    }
}
