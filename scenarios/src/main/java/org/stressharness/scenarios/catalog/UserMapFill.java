package org.stressharness.scenarios.catalog;

import org.stressharness.scenarios.engine.Workload;
import org.stressharness.scenarios.engine.Scenario;
import org.stressharness.scenarios.probe.HeapProbe;

import java.util.Map;

/** The user's own {@code Map} implementation (from {@code --map}), filled like the HashMap until OOM. */
public final class UserMapFill implements Workload {

    public static final Scenario SCENARIO = Scenario.of(UserMapFill.class, "user-map", Scenario.Kind.UNTIL_OOM,
                    Scenario.Prediction.REPORTED,
                    "The --map implementation filled with Integer keys until OutOfMemoryError", UserMapFill::new)
            .needingMap();

    private final String className;

    public UserMapFill(String className) {
        this.className = className;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void run(HeapProbe probe) throws ReflectiveOperationException {
        Map<Integer, Integer> map = (Map<Integer, Integer>) Class.forName(className)
                .getDeclaredConstructor().newInstance();
        probe.fillUntilOom(i -> map.put((int) i, (int) i), HashMapFill.NOMINAL_ENTRY_BYTES + 8);
    }
}
