package org.stressharness.scenarios.catalog;

import org.stressharness.scenarios.engine.Workload;
import org.stressharness.scenarios.engine.Scenario;
import org.stressharness.scenarios.probe.HeapProbe;

/** The same key/value data as the HashMap scenarios, held in preallocated primitive blocks. */
public final class IntArraysFill implements Workload {

    public static final Scenario SCENARIO = Scenario.of(IntArraysFill.class, "int-arrays", Scenario.Kind.UNTIL_OOM,
                    Scenario.Prediction.GRADED,
                    "The same key/value pairs in preallocated int[] blocks (16K pairs each, never copied)",
                    map -> new IntArraysFill())
            .withJolSpecimen(n -> {
                IntPairBlocks blocks = new IntPairBlocks();
                for (int i = 0; i < n; i++) {
                    blocks.add(i, i);
                }
                return blocks;
            });

    @Override
    public void run(HeapProbe probe) {
        IntPairBlocks store = new IntPairBlocks();
        probe.fillUntilOom(i -> store.add((int) i, (int) i), 8);
    }
}
