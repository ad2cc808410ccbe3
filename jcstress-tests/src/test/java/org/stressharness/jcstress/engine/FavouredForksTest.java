package org.stressharness.jcstress.engine;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.infra.runners.TestList;
import org.openjdk.jcstress.vm.CompileMode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stressharness.jcstress.engine.Forks.SCL;
import static org.stressharness.jcstress.engine.Forks.STRESS;
import static org.stressharness.jcstress.engine.Forks.fork;
import static org.stressharness.jcstress.engine.Forks.options;
import static org.stressharness.jcstress.engine.Forks.seeded;

/**
 * Where the nightly profile spends a compiler-reordering test's budget after the matrix: the configurations that
 * showed its notable outcomes, or, where none did, the randomized ones; each randomized fork with a new seed. And
 * where a demonstration's forks until seen run, and what the nightly one looks for.
 */
class FavouredForksTest {

    private static final String DEMO = "org.stressharness.jcstress.fences.FlagFences.ReleaseFenceAfterFlag";
    private static final String GUARD = "org.stressharness.jcstress.fences.FlagFences.BothFences";
    /** jcstress numbers a split compile mode actor by actor, base 3 (0 interpreter, 1 C1, 2 C2): 2 + 3 * 2. */
    private static final int BOTH_C2 = 8;
    /** The writer (actor 0) in C2, the reader in C1: 2 + 3 * 1. */
    private static final int WRITER_C2 = 5;
    /** The writer in C2, the reader interpreted: 2 + 3 * 0. */
    private static final int WRITER_C2_READER_INTERPRETED = 2;
    /** The writer in C1, the reader in C2: 1 + 3 * 2. */
    private static final int READER_C2 = 7;

    @Test
    void aDemonstrationRepeatsOnlyTheConfigurationsThatShowedItsOutcome() throws Exception {
        TestInfo info = TestList.getInfo(DEMO);
        List<TestResult> forks = List.of(
                fork(info, List.of(), CompileMode.UNIFIED, "1, 4", 1000),
                fork(info, seeded(11), WRITER_C2, "1, 4", 1000, "1, 2", 3),
                fork(info, seeded(12), WRITER_C2, "1, 4", 1000),
                fork(info, seeded(13), BOTH_C2, "1, 4", 1000));

        List<FavouredForks.Favoured> favoured = FavouredForks.of(forks, info);

        // The two writer-C2 forks are one configuration without their seeds; only it showed "1, 2".
        assertThat(favoured).singleElement().satisfies(f -> {
            assertThat(f.jvmArgs()).isEqualTo(STRESS);
            assertThat(f.randomized()).isTrue();
            assertThat(f.compileMode()).isEqualTo(WRITER_C2);
        });
    }

    @Test
    void aGuardThatSawNothingNotableRepeatsEveryRandomizedConfiguration() throws Exception {
        TestInfo info = TestList.getInfo(GUARD);
        List<TestResult> forks = List.of(
                fork(info, List.of(), CompileMode.UNIFIED, "1, 4", 1000),
                fork(info, seeded(21), WRITER_C2, "1, 4", 1000),
                fork(info, seeded(22), BOTH_C2, "0, 0", 1000),
                fork(info, seeded(23), BOTH_C2, "1, 4", 10));

        assertThat(FavouredForks.of(forks, info)).extracting(FavouredForks.Favoured::compileMode)
                .containsExactly(WRITER_C2, BOTH_C2);
    }

    @Test
    void forksUntilSeenRunTheRandomizedConfigurationsThatShowedTheMostOutcomes() throws Exception {
        TestInfo info = TestList.getInfo(DEMO);
        List<TestResult> forks = List.of(
                fork(info, List.of(), BOTH_C2, "1, 4", 1000, "1, 1", 9, "1, 2", 9, "1, 3", 9),
                fork(info, seeded(31), WRITER_C2, "1, 4", 1000, "1, 1", 1, "1, 2", 5, "1, 3", 2),
                fork(info, seeded(32), BOTH_C2, "1, 4", 1000, "1, 2", 40, "1, 3", 7),
                fork(info, seeded(33), BOTH_C2, "1, 4", 1000, "1, 1", 3),
                fork(info, seeded(34), WRITER_C2_READER_INTERPRETED, "1, 4", 1000, "1, 3", 1),
                fork(info, seeded(35), READER_C2, "1, 4", 1000));

        // Both C2 showed three outcomes over its two forks, as many as writer-C2 in one; the fixed-flag fork showed
        // three too, but repeating it compiles the same code again.
        assertThat(FavouredForks.chase(forks, info)).extracting(FavouredForks.Favoured::compileMode)
                .containsExactly(WRITER_C2, BOTH_C2);
        assertThat(FavouredForks.chase(forks, info)).allSatisfy(f -> assertThat(f.randomized()).isTrue());
    }

    @Test
    void forksUntilSeenForATestThatShowedNothingRunEveryRandomizedConfiguration() throws Exception {
        TestInfo info = TestList.getInfo(DEMO);
        List<TestResult> forks = List.of(
                fork(info, List.of(), BOTH_C2, "1, 4", 1000),
                fork(info, seeded(41), WRITER_C2, "1, 4", 1000),
                fork(info, seeded(42), READER_C2, "0, 0", 1000));

        assertThat(FavouredForks.chase(forks, info)).extracting(FavouredForks.Favoured::compileMode)
                .containsExactly(WRITER_C2, READER_C2);
    }

    @Test
    void theNightlyLooksForEveryOutcomeTheDemonstrationDeclaresInteresting() throws Exception {
        TestInfo info = TestList.getInfo(DEMO);
        List<TestResult> forks = new java.util.ArrayList<>(List.of(
                fork(info, seeded(51), WRITER_C2, "0, 0", 500, "1, 4", 1000, "1, 1", 1, "1, 3", 2),
                fork(info, seeded(52), BOTH_C2, "1, 4", 1000, "1, 2", 4)));

        assertThat(FavouredForks.unseenInteresting(forks, info)).containsExactly("1, 0");

        forks.add(fork(info, seeded(53), BOTH_C2, "1, 4", 1000, "1, 0", 1));
        assertThat(FavouredForks.unseenInteresting(forks, info)).isEmpty();
        // A guard declares none: there is nothing to look for.
        assertThat(FavouredForks.unseenInteresting(List.of(), TestList.getInfo(GUARD))).isEmpty();
    }

    @Test
    void eachRoundDrawsNewSeedsForTheRandomizedConfigurations() throws Exception {
        TestInfo info = TestList.getInfo(DEMO);
        List<FavouredForks.Favoured> favoured = List.of(
                new FavouredForks.Favoured(STRESS, true, BOTH_C2, SCL),
                new FavouredForks.Favoured(List.of("-XX:+UseBiasedLocking"), false, WRITER_C2, SCL));

        List<TestConfig> first = FavouredForks.round(options(), info, favoured, 28);
        List<TestConfig> second = FavouredForks.round(options(), info, favoured, 30);

        assertThat(first).hasSize(2);
        assertThat(first.get(0).jvmArgs).startsWith(STRESS.toArray(String[]::new)).hasSize(STRESS.size() + 1)
                .last().asString().startsWith("-XX:StressSeed=");
        assertThat(first.get(0).jvmArgs).isNotEqualTo(second.get(0).jvmArgs);
        assertThat(first.get(1).jvmArgs).containsExactly("-XX:+UseBiasedLocking");
        assertThat(first.get(1).getCompileMode()).isEqualTo(WRITER_C2);
        assertThat(List.of(first.get(0).forkId, first.get(1).forkId, second.get(0).forkId)).containsExactly(28, 29, 30);
    }
}
