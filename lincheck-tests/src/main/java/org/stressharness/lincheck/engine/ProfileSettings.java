package org.stressharness.lincheck.engine;

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
                case SMOKE -> ExplorationSettings.scenarios(5).searchUpTo(50).invocations(50)
                        .threads(2, 3).before(2).after(1);
                case QUICK -> ExplorationSettings.scenarios(8).searchUpTo(100).invocations(150)
                        .threads(2, 3).before(2).after(2);
                case NIGHTLY -> ExplorationSettings.scenarios(100).searchUpTo(300).invocations(1000)
                        .threads(3, 3).before(3).after(2);
                case TOUGH -> ExplorationSettings.scenarios(300).searchUpTo(1000).invocations(5000)
                        .threads(3, 4).before(3).after(2);
            };
            case STRESS -> switch (profile) {
                case SMOKE -> ExplorationSettings.scenarios(5).searchUpTo(500).invocations(300)
                        .threads(2, 3).before(2).after(1);
                case QUICK -> ExplorationSettings.scenarios(6).searchUpTo(1000).invocations(500)
                        .threads(2, 3).before(2).after(2);
                case NIGHTLY -> ExplorationSettings.scenarios(50).searchUpTo(2000).invocations(10_000)
                        .threads(3, 3).before(3).after(2);
                case TOUGH -> ExplorationSettings.scenarios(200).searchUpTo(5000).invocations(20_000)
                        .threads(3, 4).before(3).after(2);
            };
        };
    }
}
