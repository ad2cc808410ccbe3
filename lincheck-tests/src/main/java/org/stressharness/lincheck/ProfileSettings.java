package org.stressharness.lincheck;

import org.stressharness.report.model.Profile;

/**
 * The Lincheck settings each harness profile maps to. Lincheck's defaults (100 iterations of 10,000 stress runs or
 * model-checking interleavings) take far too long on small machines; these keep smoke under a minute and quick to a
 * few minutes on 2 cores, while nightly and tough explore much larger scenarios.
 */
public final class ProfileSettings {

    private ProfileSettings() {
    }

    public static ExplorationSettings of(Profile profile, Strategy strategy) {
        return switch (strategy) {
            case MODEL_CHECKING -> switch (profile) {
                case SMOKE -> new ExplorationSettings(5, 50, 50, 2, 3, 2, 1);
                case QUICK -> new ExplorationSettings(8, 100, 150, 2, 3, 2, 2);
                case NIGHTLY -> new ExplorationSettings(100, 300, 1000, 3, 3, 3, 2);
                case TOUGH -> new ExplorationSettings(300, 1000, 5000, 3, 4, 3, 2);
            };
            case STRESS -> switch (profile) {
                case SMOKE -> new ExplorationSettings(5, 100, 300, 2, 3, 2, 1);
                case QUICK -> new ExplorationSettings(6, 200, 500, 2, 3, 2, 2);
                case NIGHTLY -> new ExplorationSettings(50, 500, 10_000, 3, 3, 3, 2);
                case TOUGH -> new ExplorationSettings(200, 1000, 20_000, 3, 4, 3, 2);
            };
        };
    }
}
