package org.stressharness.scenarios.workload;

import org.stressharness.scenarios.probe.HeapProbe;

/** The same key/value data as the HashMap scenarios, held in preallocated primitive blocks. */
public final class IntArraysFill implements Workload {

    @Override
    public void run(HeapProbe probe) {
        IntPairBlocks store = new IntPairBlocks();
        probe.fillUntilOom(i -> store.add((int) i, (int) i), 8);
    }
}
