package org.stressharness.lincheck;

import org.stressharness.results.model.Profile;

/**
 * The Lincheck settings each harness profile maps to. Lincheck's defaults (100 iterations of 10,000 stress runs or
 * model-checking interleavings) take far too long on small machines; these keep the whole suite to about 3 minutes
 * (smoke) and 4 minutes (quick) on 2 busy cores, while nightly and tough explore much larger scenarios.
 * <p>
 * The stress search bounds are wide on purpose: on 2 busy cores a broken map's race showed in only about one
 * scenario in 20 to 70, and a negative control that runs out of scenarios is graded FAILED. Lincheck stops at the
 * first failure, so a wide bound costs nothing while the controls are caught; the model checker needs only a few.
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
                case SMOKE -> new ExplorationSettings(5, 500, 300, 2, 3, 2, 1);
                case QUICK -> new ExplorationSettings(6, 1000, 500, 2, 3, 2, 2);
                case NIGHTLY -> new ExplorationSettings(50, 2000, 10_000, 3, 3, 3, 2);
                case TOUGH -> new ExplorationSettings(200, 5000, 20_000, 3, 4, 3, 2);
            };
        };
    }
}
