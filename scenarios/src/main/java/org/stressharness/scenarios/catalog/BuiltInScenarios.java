package org.stressharness.scenarios.catalog;

import org.stressharness.scenarios.engine.Scenario;
import org.stressharness.scenarios.engine.ScenarioCatalog;

import java.util.List;

/** The harness's own memory scenarios: those its workload classes in this package declare. */
public final class BuiltInScenarios implements ScenarioCatalog {

    @Override
    public List<Scenario> scenarios() {
        return ScenarioCatalog.declaredInPackageOf(BuiltInScenarios.class);
    }
}
