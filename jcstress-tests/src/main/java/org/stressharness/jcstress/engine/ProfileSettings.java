package org.stressharness.jcstress.engine;

import org.stressharness.jcstress.api.CompilerReorderings;
import org.stressharness.jcstress.api.NeverFiredOn;
import org.stressharness.jcstress.api.MapOverride;
import org.stressharness.results.model.Profile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What each harness profile asks of jcstress.
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
record ProfileSettings(List<String> jcstressOptions, Coverage coverage, Duration testBudget, int untilSeenForks,
                       UntilSeen untilSeen) {

    /**
     * The nightly budget of a compiler-reordering topic's test. Its matrix takes 41 to 62 s here (2 cores); the rest
     * goes to forks where its outcomes show. The other topics' races show in every configuration, so they get no
     * extra forks, and the whole suite stays within an hour (46.5 min for the matrix alone, 21 tests budgeted).
     */
    static final Duration NIGHTLY_TEST_BUDGET = Duration.ofSeconds(75);

    /**
     * The quick profile's forks beyond its plan for a demonstration that has not fired yet. A randomized fork's seed
     * decides whether C2 reorders, and a short quick fork is often not enough: over 10 quick runs the torn snapshot
     * showed in 11 of 39 randomized forks (0.28), so its two planned forks miss it about one run in two. Sixteen more
     * take a miss to about one run in 370 (0.72^18), at a cost of about 3.6 forks (8 s) where the plan missed. A
     * demonstration measured never to fire on this architecture ({@link org.stressharness.jcstress.api.NeverFiredOn})
     * gets none, or it would pay all sixteen.
     */
    static final int QUICK_UNTIL_SEEN_FORKS = 16;

    /**
     * The nightly profile's forks beyond its budget for a demonstration that has not shown every outcome it declares
     * interesting. The rarest outcome of the nine reference tests (ReleaseFenceAfterFlag's {@code 1, 0}, 135 in
     * 9.0e9 samples) showed in 4 of the reference's 20 randomized forks with the writer in C2 and the reader in C1 or
     * C2, and in none of its fixed-flag forks; the plan and the budget's one or two rounds give it about eight such
     * forks, so a nightly run misses it about one time in six (0.8^8), and one of the first two budgeted runs did.
     * Sixteen more, in the randomized configurations that showed the most of the test's outcomes, take a miss to
     * about 1 in 200 (0.8^24), at about 2 s a fork where it is still missing. Measured over ten nightly runs of that
     * test: found in all ten, in three of them only by these forks (1, 8 and 3 of them).
     */
    static final int NIGHTLY_UNTIL_SEEN_FORKS = 16;

    /** What a demonstration's forks until seen look for. */
    enum UntilSeen {
        /** Any outcome the test grades other than plainly acceptable: the demonstration fired. */
        FIRST_NOTABLE("stopping when it fires"),
        /** Every outcome the test declares ACCEPTABLE_INTERESTING, each at least once. */
        EVERY_INTERESTING("stopping when every outcome it declares interesting has shown");

        final String description;

        UntilSeen(String description) {
            this.description = description;
        }
    }

    /** Which of the JVM configurations jcstress detects a test runs in. */
    enum Coverage {
        /** The JVM's own defaults, actors compiled alike: one fork per test, proves the chain. */
        DEFAULTS("JVM defaults only, unified compilation"),
        /**
         * The JVM's defaults with unified compilation for every test; for the tests of a topic marked
         * {@link org.stressharness.jcstress.api.CompilerReorderings}, two more forks with the same flags plus C2's
         * scheduling randomizers (a fresh stress seed per fork): the first actor in C2 and the others in C1, and
         * every actor in C2. On x86 those demonstrations break only where the actor that reorders runs C2 code,
         * some only with the randomizers, whose schedules vary with the seed (docs/jcstress.md has the
         * measurements); the other topics' races show in any configuration. Without the randomizers or compiler
         * directives only the defaults run.
         */
        DEFAULTS_AND_RANDOMIZED_C2("JVM defaults with unified compilation; for compiler-reordering topics also C2 "
                + "randomizers with the writer in C2 and the reader in C1, and with every actor in C2"),
        /** Every configuration jcstress detects, each actor in each compiler: jcstress's own default plan. */
        MATRIX("all detected JVM configurations, split per-actor compilation");

        final String description;

        Coverage(String description) {
            this.description = description;
        }
    }

    static ProfileSettings of(Profile profile) {
        return switch (profile) {
            // One short iteration per test: proves the chain end to end; rare races need not appear.
            case SMOKE -> new ProfileSettings(List.of("-m", "quick", "-iters", "1", "-time", "100"), Coverage.DEFAULTS,
                    null, 0, UntilSeen.FIRST_NOTABLE);
            // jcstress's quick preset (5 x 200 ms per fork): a plain fork per test, two randomized-C2 forks more
            // for the compiler-reordering topics, and up to sixteen more for their demonstrations until they fire.
            case QUICK -> new ProfileSettings(List.of("-m", "quick"), Coverage.DEFAULTS_AND_RANDOMIZED_C2, null,
                    QUICK_UNTIL_SEEN_FORKS, UntilSeen.FIRST_NOTABLE);
            // Every configuration, with the quick preset's short forks, then for the compiler-reordering topics more
            // forks where their outcomes show, up to the test's budget, and for their demonstrations more randomized
            // forks while a declared outcome is missing: the whole suite within a night's hour.
            case NIGHTLY -> new ProfileSettings(List.of("-m", "quick"), Coverage.MATRIX, NIGHTLY_TEST_BUDGET,
                    NIGHTLY_UNTIL_SEEN_FORKS, UntilSeen.EVERY_INTERESTING);
            case TOUGH -> new ProfileSettings(List.of("-m", "tough"), Coverage.MATRIX, null, 0,
                    UntilSeen.FIRST_NOTABLE);
        };
    }

    /** These settings with {@code budget} as the test budget; unchanged when it is null. */
    ProfileSettings withTestBudget(Duration budget) {
        return budget == null ? this : new ProfileSettings(jcstressOptions, coverage, budget, untilSeenForks,
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
        return String.join(" ", jcstressOptions) + "; " + coverage.description + (testBudget == null ? ""
                : "; compiler-reordering topics then repeat, with fresh stress seeds, the configurations that showed "
                + "a notable outcome (or, where none did, the randomized ones) up to " + testBudget.toSeconds()
                + " s a test") + (untilSeenForks == 0 ? ""
                : "; a compiler-reordering demonstration then runs up to " + untilSeenForks
                + " more randomized forks, one at a time, " + untilSeen.description);
    }
}
