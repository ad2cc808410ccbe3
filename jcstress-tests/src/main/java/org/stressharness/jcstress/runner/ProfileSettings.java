package org.stressharness.jcstress.runner;

import org.stressharness.jcstress.maps.MapInsides;
import org.stressharness.jcstress.maps.MapUnderTest;
import org.stressharness.results.model.Profile;

import java.util.ArrayList;
import java.util.List;

/**
 * What each harness profile asks of jcstress.
 *
 * @param jcstressOptions   jcstress command-line options (mode preset and overrides)
 * @param allConfigurations run every JVM configuration jcstress detects (its default), or only the JVM's own
 *                          defaults: one fork per test instead of dozens, what makes the quick profile quick
 * @param splitCompilation  run each actor in each compiler combination (jcstress default) or compile them alike
 */
record ProfileSettings(List<String> jcstressOptions, boolean allConfigurations, boolean splitCompilation) {

    static ProfileSettings of(Profile profile) {
        return switch (profile) {
            // One short iteration per test: proves the chain end to end; rare races need not appear.
            case SMOKE -> new ProfileSettings(List.of("-m", "quick", "-iters", "1", "-time", "100"), false, false);
            // jcstress's quick preset (5 x 200 ms) in one JVM configuration.
            case QUICK -> new ProfileSettings(List.of("-m", "quick"), false, false);
            case NIGHTLY -> new ProfileSettings(List.of("-m", "default"), true, true);
            case TOUGH -> new ProfileSettings(List.of("-m", "tough"), true, true);
        };
    }

    /** The full jcstress argument list for a run writing its HTML report to {@code htmlDir}. */
    List<String> jcstressArguments(String htmlDir, String mapClass) {
        List<String> args = new ArrayList<>(jcstressOptions);
        args.add("-r");
        args.add(htmlDir);
        // Opening java.util lets the map tests report whether they reached the structure they name (MapInsides).
        args.add("-jvmArgsPrepend");
        args.add(MapInsides.JVM_OPTIONS + (mapClass == null ? "" : " -D" + MapUnderTest.PROPERTY + "=" + mapClass));
        return args;
    }

    /** A one-line summary for the report, e.g. {@code -m quick; JVM defaults only; unified compilation}. */
    String describe() {
        return String.join(" ", jcstressOptions) + "; "
                + (allConfigurations ? "all detected JVM configurations" : "JVM defaults only") + "; "
                + (splitCompilation ? "split per-actor compilation" : "unified compilation");
    }
}
