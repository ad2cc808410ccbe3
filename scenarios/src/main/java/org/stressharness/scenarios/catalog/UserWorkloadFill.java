package org.stressharness.scenarios.catalog;

import org.stressharness.api.MemoryWorkload;
import org.stressharness.scenarios.engine.Scenario;
import org.stressharness.scenarios.engine.UserWorkload;
import org.stressharness.scenarios.engine.Workload;
import org.stressharness.scenarios.probe.HeapProbe;

/**
 * A team's own structure ({@code --workload}): one instance, its elements added until the heap runs out, measured
 * and predicted like every other structure here.
 *
 * @param className the team's {@code MemoryWorkload}, loaded in the child
 */
public record UserWorkloadFill(String className) implements Workload {

    public static final Scenario SCENARIO = Scenario.of(UserWorkloadFill.class, "workload", Scenario.Kind.UNTIL_OOM,
                    Scenario.Prediction.REPORTED, "The --workload structure filled until OutOfMemoryError",
                    UserWorkloadFill::new)
            .needingWorkload();

    /** What an element is guessed to take before any is measured: it only spaces the first samples. */
    private static final double BYTES_PER_ELEMENT_GUESS = 64;

    @Override
    public void run(HeapProbe probe) {
        MemoryWorkload<Object> workload = UserWorkload.load(className);
        Object structure = workload.create();
        probe.fillUntilOom(i -> workload.add(structure, i), BYTES_PER_ELEMENT_GUESS);
    }
}
