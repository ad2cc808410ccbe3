package org.stressharness.results.model;

import java.time.Duration;
import java.util.List;

/**
 * What each {@link Profile} means for each suite and for the harness, in one table ({@link #of}): the one place a
 * profile's numbers are set, which the suites' engines read and docs/architecture.md quotes.
 *
 * @param harness       the harness's own limits on a run
 * @param jcstress      what the profile asks of jcstress
 * @param modelChecking Lincheck's bounds under model checking
 * @param stress        Lincheck's bounds under stress
 * @param scenarios     the memory scenarios' heap, limit and time
 */
public record ProfileSettings(Harness harness, Jcstress jcstress, Lincheck modelChecking, Lincheck stress,
                              Scenarios scenarios) {

    /** The table. */
    public static ProfileSettings of(Profile profile) {
        return switch (profile) {
            // Every test once, briefly: proves the chain end to end; rare races need not appear.
            case SMOKE -> new ProfileSettings(
                    new Harness(Duration.ofMinutes(5), Duration.ofMinutes(20)),
                    new Jcstress(List.of("-m", "quick", "-iters", "1", "-time", "100"), Coverage.DEFAULTS, null, 0,
                            UntilSeen.FIRST_NOTABLE),
                    new Lincheck(5, 50, 50, 2, 3, 2, 1),
                    new Lincheck(5, 500, 300, 2, 3, 2, 1),
                    new Scenarios("32m", "160m", Duration.ofSeconds(60)));
            // jcstress's quick preset (5 x 200 ms per fork): a plain fork per test, two randomized-C2 forks more for
            // the compiler-reordering topics, and up to sixteen more for their demonstrations until they fire.
            case QUICK -> new ProfileSettings(
                    new Harness(Duration.ofMinutes(10), Duration.ofMinutes(30)),
                    new Jcstress(List.of("-m", "quick"), Coverage.DEFAULTS_AND_RANDOMIZED_C2, null,
                            QUICK_UNTIL_SEEN_FORKS, UntilSeen.FIRST_NOTABLE),
                    new Lincheck(8, 100, 150, 2, 3, 2, 2),
                    new Lincheck(6, 1000, 500, 2, 3, 2, 2),
                    new Scenarios("128m", "256m", Duration.ofSeconds(120)));
            // Every configuration, with the quick preset's short forks, then for the compiler-reordering topics more
            // forks where their outcomes show, up to the test's budget, and for their demonstrations more randomized
            // forks while a declared outcome is missing: the whole suite within a night's hour.
            case NIGHTLY -> new ProfileSettings(
                    new Harness(Duration.ofMinutes(45), Duration.ofHours(4)),
                    new Jcstress(List.of("-m", "quick"), Coverage.MATRIX, NIGHTLY_TEST_BUDGET,
                            NIGHTLY_UNTIL_SEEN_FORKS, UntilSeen.EVERY_INTERESTING),
                    new Lincheck(100, 300, 1000, 3, 3, 3, 2),
                    new Lincheck(50, 2000, 10_000, 3, 3, 3, 2),
                    new Scenarios("512m", "1g", Duration.ofSeconds(300)));
            case TOUGH -> new ProfileSettings(
                    new Harness(Duration.ofHours(3), Duration.ofHours(12)),
                    new Jcstress(List.of("-m", "tough"), Coverage.MATRIX, null, 0, UntilSeen.FIRST_NOTABLE),
                    new Lincheck(300, 1000, 5000, 3, 4, 3, 2),
                    new Lincheck(200, 5000, 20_000, 3, 4, 3, 2),
                    new Scenarios("2g", "4g", Duration.ofSeconds(900)));
        };
    }

    /**
     * The harness's limits, several times the slowest test measured at each profile (a scenario counts its two
     * children and JOL).
     *
     * @param testTimeout  no result for this long: the suite's JVMs get SIGQUIT and are stopped
     * @param suiteTimeout a suite still running after this long is stopped the same way
     */
    public record Harness(Duration testTimeout, Duration suiteTimeout) {
    }

    /**
     * The nightly budget of a compiler-reordering topic's test. Its matrix takes 41 to 62 s here (2 cores); the rest
     * goes to forks where its outcomes show. The other topics' races show in every configuration, so they get no
     * extra forks, and the whole suite stays within an hour (46.5 min for the matrix alone, 21 tests budgeted).
     */
    public static final Duration NIGHTLY_TEST_BUDGET = Duration.ofSeconds(75);

    /**
     * The quick profile's forks beyond its plan for a demonstration that has not fired yet. A randomized fork's seed
     * decides whether C2 reorders, and a short quick fork is often not enough: over 10 quick runs the torn snapshot
     * showed in 11 of 39 randomized forks (0.28), so its two planned forks miss it about one run in two. Sixteen more
     * take a miss to about one run in 370 (0.72^18), at a cost of about 3.6 forks (8 s) where the plan missed. A
     * demonstration measured never to fire on this architecture (the jcstress suite's {@code NeverFiredOn}) gets
     * none, or it would pay all sixteen.
     */
    public static final int QUICK_UNTIL_SEEN_FORKS = 16;

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
    public static final int NIGHTLY_UNTIL_SEEN_FORKS = 16;

    /**
     * What a profile asks of jcstress.
     *
     * @param options        jcstress command-line options (mode preset and overrides)
     * @param coverage       which JVM configurations each test runs in
     * @param testBudget     for a compiler-reordering topic's test, the time its planned forks and then its favoured
     *                       forks may take together; null: the planned forks only
     * @param untilSeenForks for a compiler-reordering topic's demonstration that has not yet shown what
     *                       {@code untilSeen} asks, how many more randomized forks it may run after its plan and
     *                       budget, one at a time, stopping as soon as it has (0: none)
     * @param untilSeen      what those forks look for
     */
    public record Jcstress(List<String> options, Coverage coverage, Duration testBudget, int untilSeenForks,
                           UntilSeen untilSeen) {
    }

    /** What a demonstration's forks until seen look for. */
    public enum UntilSeen {
        /** Any outcome the test grades other than plainly acceptable: the demonstration fired. */
        FIRST_NOTABLE("stopping when it fires"),
        /** Every outcome the test declares ACCEPTABLE_INTERESTING, each at least once. */
        EVERY_INTERESTING("stopping when every outcome it declares interesting has shown");

        private final String description;

        UntilSeen(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Which of the JVM configurations jcstress detects a test runs in. */
    public enum Coverage {
        /** The JVM's own defaults, actors compiled alike: one fork per test, proves the chain. */
        DEFAULTS("JVM defaults only, unified compilation"),
        /**
         * The JVM's defaults with unified compilation for every test; for the tests of a topic marked as
         * compiler-reordering, two more forks with the same flags plus C2's scheduling randomizers (a fresh stress
         * seed per fork): the first actor in C2 and the others in C1, and every actor in C2. On x86 those
         * demonstrations break only where the actor that reorders runs C2 code, some only with the randomizers,
         * whose schedules vary with the seed (docs/jcstress.md has the measurements); the other topics' races show
         * in any configuration. Without the randomizers or compiler directives only the defaults run.
         */
        DEFAULTS_AND_RANDOMIZED_C2("JVM defaults with unified compilation; for compiler-reordering topics also C2 "
                + "randomizers with the writer in C2 and the reader in C1, and with every actor in C2"),
        /** Every configuration jcstress detects, each actor in each compiler: jcstress's own default plan. */
        MATRIX("all detected JVM configurations, split per-actor compilation");

        private final String description;

        Coverage(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * How deep one Lincheck check digs. Lincheck's defaults (100 iterations of 10,000 stress runs or model-checking
     * interleavings) take far too long on small machines; smoke and quick keep the whole suite to about 3 and 4
     * minutes on 2 busy cores, while nightly and tough explore much larger scenarios. The stress search bounds are
     * wide on purpose: on 2 busy cores a broken map's race showed in only about one scenario in 20 to 70, and a
     * negative control that runs out of scenarios is graded FAILED. Lincheck stops at the first failure, so a wide
     * bound costs nothing while the controls are caught; the model checker needs only a few.
     *
     * @param scenarios       scenarios generated for a check that must pass
     * @param searchUpTo      upper bound of scenarios for a check that expects a failure
     * @param invocations     interleavings (model checking) or runs (stress) per scenario
     * @param threads         parallel threads per scenario
     * @param actorsPerThread operations per thread
     * @param actorsBefore    operations run before the parallel part (builds an initial state)
     * @param actorsAfter     operations run after it (observes the final state)
     */
    public record Lincheck(int scenarios, int searchUpTo, int invocations, int threads, int actorsPerThread,
                           int actorsBefore, int actorsAfter) {
    }

    /**
     * What a profile means for the memory scenarios. The prediction child of a scenario that runs into OOM gets
     * {@link #PREDICTION_FACTOR} times the heap, and a container scenario's prediction child that times its limit.
     *
     * @param heap           the heap (-Xmx) each child gets
     * @param containerLimit the simulated memory limit of the container scenarios
     * @param childTimeout   how long a child may take
     */
    public record Scenarios(String heap, String containerLimit, Duration childTimeout) {

        /** The prediction child's heap (or limit) over the first child's. */
        public static final int PREDICTION_FACTOR = 2;
    }
}
