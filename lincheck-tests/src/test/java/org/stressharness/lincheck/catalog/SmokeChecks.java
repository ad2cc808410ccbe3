package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.CheckRunner;
import org.stressharness.lincheck.engine.Checks;
import org.stressharness.lincheck.engine.LincheckCheck;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.TestResult;

/** Runs a check of the suite, found by its stable name, at the smoke settings. */
final class SmokeChecks {

    private SmokeChecks() {
    }

    static LincheckCheck named(String name) {
        return Checks.checks().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check named " + name));
    }

    static TestResult run(String name) {
        return new CheckRunner(Profile.SMOKE, null).run(named(name));
    }
}
