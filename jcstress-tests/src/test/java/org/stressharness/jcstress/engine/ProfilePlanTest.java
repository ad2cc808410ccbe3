package org.stressharness.jcstress.engine;

import org.stressharness.results.model.ProfileSettings.UntilSeen;
import org.stressharness.results.model.ProfileSettings;
import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.infra.runners.TestList;
import org.openjdk.jcstress.vm.CompileMode;
import org.openjdk.jcstress.vm.VMSupport;
import org.stressharness.results.model.Profile;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the quick profile and {@code harness reproduce} ask the engine to run: the quick profile runs the JVM's
 * defaults, and for a compiler-reordering topic two forks more with C2's randomizers (writer in C2 and reader in C1;
 * every actor in C2: where compiler reorderings show on x86), each with its own stress seed; a replay runs exactly
 * the recorded configuration, seed included.
 */
class ProfilePlanTest {

    private static final String TEST = "org.stressharness.jcstress.maps.LostPut.PlainHashMap";
    private static final String PUBLICATION = "org.stressharness.jcstress.publication.";

    @Test
    void quickRunsOtherTopicsInTheDefaultsOnly() throws Exception {
        JcstressEngine engine = started(Profile.QUICK, List.of());

        List<TestConfig> plan = engine.plan(TestList.getInfo(TEST));

        assertThat(plan).isNotEmpty().allSatisfy(c -> {
            assertThat(c.getCompileMode()).isEqualTo(CompileMode.UNIFIED);
            assertThat(c.jvmArgs).noneMatch(a -> a.startsWith("-XX:+Stress") || a.startsWith("-XX:StressSeed"));
        });
        assertThat(JcstressEngine.compilerReorderings(TestList.getInfo(TEST))).as("a map race is not one").isFalse();
    }

    @Test
    void aCompilerReorderingTopicGetsTwoRandomizedForksBesideTheDefaults() throws Exception {
        JcstressEngine engine = started(Profile.QUICK, List.of());
        assumeTrue(VMSupport.compilerDirectivesAvailable() && VMSupport.c2Available() && VMSupport.c1Available(),
                "this JVM has no compiler directives, C1 or C2: the quick profile runs the defaults only");
        TestInfo guard = TestList.getInfo("org.stressharness.jcstress.publication.SnapshotPublication.ReleaseAcquire");

        List<TestConfig> plan = engine.plan(guard);

        // One fork of each kind per scheduling class (one class on 2 CPUs; more on bigger machines).
        List<TestConfig> plain = plan.stream().filter(c -> c.getCompileMode() == CompileMode.UNIFIED).toList();
        List<TestConfig> allC2 = plan.stream().filter(c -> c.getCompileMode() != CompileMode.UNIFIED
                && CompileMode.isC2(c.getCompileMode(), 0) && CompileMode.isC2(c.getCompileMode(), 1)).toList();
        List<TestConfig> writerC2 = plan.stream().filter(c -> c.getCompileMode() != CompileMode.UNIFIED
                && CompileMode.isC2(c.getCompileMode(), 0) && CompileMode.isC1(c.getCompileMode(), 1)).toList();
        assertThat(plain).isNotEmpty().hasSameSizeAs(allC2).hasSameSizeAs(writerC2).allSatisfy(c
                -> assertThat(c.jvmArgs)
                .noneMatch(a -> a.startsWith("-XX:+Stress") || a.startsWith("-XX:StressSeed")));
        assertThat(plain.size() + allC2.size() + writerC2.size()).isEqualTo(plan.size());
        assertThat(allC2).allSatisfy(c -> assertThat(c.jvmArgs).contains("-XX:+StressLCM", "-XX:+StressGCM",
                "-XX:+StressIGVN").anyMatch(a -> a.startsWith("-XX:StressSeed=")));
        assertThat(writerC2).allSatisfy(c -> assertThat(c.jvmArgs).contains("-XX:+StressGCM"));
        // Each fork draws its own seed, so repeated forks try different C2 schedules.
        List<String> seeds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            engine.plan(guard).stream().filter(c -> c.getCompileMode() != CompileMode.UNIFIED).forEach(c
                    -> seeds.add(seedOf(c)));
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates();
    }

    @Test
    void aReplayRunsOnlyTheRecordedConfigurationWithItsSeed() throws Exception {
        int mode = 5;
        List<String> recorded = List.of("-XX:-UseBiasedLocking", "-XX:+StressLCM", "-XX:+StressGCM",
                "-XX:StressSeed=12345");
        JcstressEngine engine = started(Profile.QUICK, List.of("--replay-jvm-args", String.join(" ", recorded),
                "--replay-compile-mode", Integer.toString(mode), "--replay-forks", "3"));

        List<TestConfig> plan = engine.plan(TestList.getInfo(TEST));

        assertThat(plan).hasSizeGreaterThanOrEqualTo(3).allSatisfy(c -> {
            assertThat(c.jvmArgs).isEqualTo(recorded);
            assertThat(c.getCompileMode()).isEqualTo(mode);
        });
    }

    @Test
    void onlyTheNightlyProfileBudgetsItsCompilerReorderingTests() {
        assertThat(JcstressSettings.of(Profile.NIGHTLY).testBudget()).isEqualTo(ProfileSettings.NIGHTLY_TEST_BUDGET);
        assertThat(JcstressSettings.of(Profile.NIGHTLY).describe()).contains("up to 75 s a test;");
        for (Profile p : List.of(Profile.SMOKE, Profile.QUICK, Profile.TOUGH)) {
            assertThat(JcstressSettings.of(p).testBudget()).as(p.name()).isNull();
        }
        // The suite's --test-budget replaces it, in any profile.
        assertThat(JcstressSettings.of(Profile.QUICK).withTestBudget(java.time.Duration.ofSeconds(9)).testBudget())
                .hasSeconds(9);
        assertThat(EngineOptions.parse(List.of("--test-budget", "9")).testBudget()).hasSeconds(9);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EngineOptions.parse(List.of("--test-budget", "x")))
                .hasMessageContaining("not a number");
    }

    @Test
    void quickRunsDemonstrationsUntilTheyFireAndNightlyUntilEveryInterestingOutcomeShows() {
        assertThat(JcstressSettings.of(Profile.QUICK).untilSeenForks())
                .isEqualTo(ProfileSettings.QUICK_UNTIL_SEEN_FORKS)
                .isPositive();
        assertThat(JcstressSettings.of(Profile.QUICK).untilSeen()).isEqualTo(UntilSeen.FIRST_NOTABLE);
        assertThat(JcstressSettings.of(Profile.QUICK).describe()).endsWith("stopping when it fires");
        assertThat(JcstressSettings.of(Profile.NIGHTLY).untilSeenForks())
                .isEqualTo(ProfileSettings.NIGHTLY_UNTIL_SEEN_FORKS).isPositive();
        assertThat(JcstressSettings.of(Profile.NIGHTLY).untilSeen())
                .isEqualTo(UntilSeen.EVERY_INTERESTING);
        assertThat(JcstressSettings.of(Profile.NIGHTLY).describe())
                .endsWith("stopping when every outcome it declares interesting has shown");
        for (Profile p : List.of(Profile.SMOKE, Profile.TOUGH)) {
            assertThat(JcstressSettings.of(p).untilSeenForks()).as(p.name()).isZero();
        }
        // A test budget given to the quick profile keeps its forks until seen.
        assertThat(JcstressSettings.of(Profile.QUICK).withTestBudget(java.time.Duration.ofSeconds(9)).untilSeenForks())
                .isEqualTo(ProfileSettings.QUICK_UNTIL_SEEN_FORKS);
    }

    @Test
    void untilSeenForksAreForCompilerReorderingDemonstrationsOnly() throws Exception {
        for (Profile profile : List.of(Profile.QUICK, Profile.NIGHTLY)) {
            JcstressEngine engine = unstarted(profile, List.of());
            assertThat(engine.chases(TestList.getInfo(PUBLICATION + "SnapshotPublication.PlainField")))
                    .as(profile + ": demonstration").isTrue();
            assertThat(engine.chases(TestList.getInfo(PUBLICATION + "SnapshotPublication.VolatileField")))
                    .as(profile + ": its guard").isFalse();
            assertThat(engine.chases(TestList.getInfo("org.stressharness.jcstress.maps.LostPut.PlainHashMap")))
                    .as(profile + ": a program race, it shows in any configuration").isFalse();
            assertThat(engine.chases(TestList.getInfo("org.stressharness.jcstress.fences.StoreBuffering.Plain")))
                    .as(profile + ": a hardware reordering, not a compiler-reordering topic").isFalse();
            TestInfo silent = TestList.getInfo(PUBLICATION + "SnapshotPublication.Opaque");
            if (Set.of("amd64", "x86_64").contains(System.getProperty("os.arch"))) {
                assertThat(JcstressEngine.neverFiredHere(silent).evidence()).contains("4,214,420,748 samples");
                assertThat(engine.chases(silent)).as(profile + ": measured never to fire on x86").isFalse();
            } else {
                assertThat(JcstressEngine.neverFiredHere(silent)).isNull();
                assertThat(engine.chases(silent)).as(profile + ": no evidence for this architecture").isTrue();
            }
        }
        JcstressEngine smoke = unstarted(Profile.SMOKE, List.of());
        assertThat(smoke.chases(TestList.getInfo(PUBLICATION + "SnapshotPublication.PlainField")))
                .as("smoke proves the chain only").isFalse();
        JcstressEngine replay = unstarted(Profile.QUICK, List.of("--replay-jvm-args", "-XX:+StressLCM",
                "--replay-compile-mode", "8"));
        assertThat(replay.chases(TestList.getInfo(PUBLICATION + "SnapshotPublication.PlainField")))
                .as("a replay runs the recorded configuration only").isFalse();
    }

    private static String seedOf(TestConfig config) {
        return config.jvmArgs.stream().filter(a -> a.startsWith("-XX:StressSeed=")).findFirst().orElseThrow();
    }

    /** An engine that has not probed the JVM: enough for what depends on the profile and the test alone. */
    private static JcstressEngine unstarted(Profile profile, List<String> suiteOptions) throws Exception {
        JcstressSettings settings = JcstressSettings.of(profile);
        Options options = new Options(settings.jcstressOptions().toArray(String[]::new));
        assertThat(options.parse()).isTrue();
        return new JcstressEngine(options, settings, EngineOptions.parse(suiteOptions));
    }

    private static JcstressEngine started(Profile profile, List<String> suiteOptions) throws Exception {
        JcstressEngine engine = unstarted(profile, suiteOptions);
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(PrintStream.nullOutputStream()));
            engine.start();
        } finally {
            System.setOut(out);
        }
        return engine;
    }
}
