package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.CheckCatalog;

import java.util.List;

/**
 * The harness's own checks: ConcurrentHashMap, the user's map, and the negative controls, all of this package; and
 * the planted {@code runConcurrentTest} bug.
 */
public final class BuiltInChecks implements CheckCatalog {

    @Override
    public List<Class<?>> checkClasses() {
        return CheckCatalog.checksInPackageOf(BuiltInChecks.class);
    }

    @Override
    public List<String> concurrentTestControls() {
        return List.of(PlantedConcurrentBug.class.getName() + "#lostIncrement");
    }
}
