package org.stressharness.jcstress.engine;

import org.stressharness.api.CompilerReorderings;
import org.stressharness.api.NeverFiredOn;
import org.stressharness.jcstress.api.MapOverride;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.ProfileSettings;
import org.stressharness.results.model.ProfileSettings.Coverage;
import org.stressharness.results.model.ProfileSettings.UntilSeen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a profile asks of jcstress (the table is {@link ProfileSettings#of}), with the arguments and the summary the
 * engine derives from it.
 *
 * @param jcstressOptions jcstress command-line options (mode preset and overrides)
 * @param coverage        which JVM configurations each test runs in
 * @param testBudget      for a compiler-reordering topic's test, the time its planned forks and then
 *                        {@link FavouredForks} may take together; null: the planned forks only
 * @param untilSeenForks  for a compiler-reordering topic's demonstration that has not yet shown what
 *                        {@code untilSeen} asks, how many more randomized forks it may run after its plan and budget,
 *                        one at a time, stopping as soon as it has (0: none)
 * @param untilSeen       what those forks look for
 */
record JcstressSettings(List<String> jcstressOptions, Coverage coverage, Duration testBudget, int untilSeenForks,
                        UntilSeen untilSeen) {

    static JcstressSettings of(Profile profile) {
        ProfileSettings.Jcstress j = ProfileSettings.of(profile).jcstress();
        return new JcstressSettings(j.options(), j.coverage(), j.testBudget(), j.untilSeenForks(), j.untilSeen());
    }

    /** These settings with {@code budget} as the test budget; unchanged when it is null. */
    JcstressSettings withTestBudget(Duration budget) {
        return budget == null ? this : new JcstressSettings(jcstressOptions, coverage, budget, untilSeenForks,
                untilSeen);
    }

    /** The full jcstress argument list for a run writing its HTML report to {@code htmlDir}. */
    List<String> jcstressArguments(String htmlDir, String mapClass) {
        List<String> args = new ArrayList<>(jcstressOptions);
        args.add("-r");
        args.add(htmlDir);
        // The options the catalogs on the classpath ask for (ours opens java.util, so that its map tests can report
        // whether they reached the structure they name), and the user's map for every map test.
        args.add("-jvmArgsPrepend");
        args.add(ForkJvmOptions.fromCatalogs() + (mapClass == null ? "" : " -D" + MapOverride.PROPERTY + "="
                + mapClass));
        return args;
    }

    /** A one-line summary for the report, e.g. {@code -m quick; JVM defaults only, unified compilation}. */
    String describe() {
        return String.join(" ", jcstressOptions) + "; " + coverage.description() + (testBudget == null ? ""
                : "; compiler-reordering topics then repeat, with fresh stress seeds, the configurations that showed "
                + "a notable outcome (or, where none did, the randomized ones) up to " + testBudget.toSeconds()
                + " s a test") + (untilSeenForks == 0 ? ""
                : "; a compiler-reordering demonstration then runs up to " + untilSeenForks
                + " more randomized forks, one at a time, " + untilSeen.description());
    }
}
