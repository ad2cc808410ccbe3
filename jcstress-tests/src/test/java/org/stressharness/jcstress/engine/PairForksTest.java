package org.stressharness.jcstress.engine;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.infra.runners.TestList;
import org.openjdk.jcstress.vm.CompileMode;
import org.stressharness.results.model.Status;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stressharness.jcstress.engine.Forks.STRESS;
import static org.stressharness.jcstress.engine.Forks.fork;
import static org.stressharness.jcstress.engine.Forks.options;
import static org.stressharness.jcstress.engine.Forks.seeded;

/** A guard runs where its demonstration broke, as many forks as the demonstration ran there. */
class PairForksTest {

    private static final String DEMO = "org.stressharness.jcstress.fences.FlagFences.ReleaseFenceAfterFlag";
    private static final String GUARD = "org.stressharness.jcstress.fences.FlagFences.BothFences";
    /** The writer in C2, the reader in C1 (jcstress's base-3 numbering: 2 + 3 * 1). */
    private static final int WRITER_C2 = 5;
    /** Both actors in C2: 2 + 3 * 2. */
    private static final int BOTH_C2 = 8;

    @Test
    void aGuardOwesTheForksItsDemonstrationRanWhereItBrokeLessThoseItRanThere() throws Exception {
        var demonstration = demonstration();
        TestInfo guard = TestList.getInfo(GUARD);
        assertThat(ResultConverter.demonstrationsOf(GUARD)).contains(DEMO);
        List<TestResult> guardForks = List.of(
                fork(guard, List.of(), CompileMode.UNIFIED, "1, 4", 1000),
                fork(guard, seeded(91), WRITER_C2, "1, 4", 1000),
                fork(guard, seeded(92), BOTH_C2, "1, 4", 1000));

        List<PairForks.Owed> owed = PairForks.owed(List.of(demonstration), guardForks, 16);

        // Writer-C2 randomized: the demonstration ran 4 forks there and broke in one; the guard ran 1. Unified: it
        // broke in its one fork, which the guard ran too. All-C2: it never broke there, so nothing is owed.
        assertThat(owed).singleElement().satisfies(o -> {
            assertThat(o.forks()).isEqualTo(3);
            assertThat(o.configuration().compileMode()).isEqualTo(WRITER_C2);
            assertThat(o.configuration().randomized()).isTrue();
            assertThat(o.configuration().jvmArgs()).isEqualTo(STRESS);
        });
        // Each fork draws a fresh seed.
        List<TestConfig> forks = PairForks.forks(options(), guard, owed, 3);
        assertThat(forks).hasSize(3).allSatisfy(f -> assertThat(f.getCompileMode()).isEqualTo(WRITER_C2));
        assertThat(forks.stream().map(f -> f.jvmArgs.get(f.jvmArgs.size() - 1)).distinct())
                .hasSize(3).allMatch(a -> a.startsWith("-XX:StressSeed="));
    }

    @Test
    void whatIsOwedIsCappedByTheProfilesBudgetAndSharedAcrossConfigurations() throws Exception {
        var demonstration = demonstration();
        TestInfo guard = TestList.getInfo(GUARD);
        List<TestResult> onlyUnified = List.of(fork(guard, List.of(), CompileMode.UNIFIED, "1, 4", 1000));

        assertThat(PairForks.owed(List.of(demonstration), onlyUnified, 2)).singleElement()
                .satisfies(o -> assertThat(o.forks()).isEqualTo(2));
        assertThat(PairForks.owed(List.of(demonstration), onlyUnified, 0)).isEmpty();
        // A demonstration that did not fire owes its guards nothing.
        var missed = ResultConverter.convert(DEMO, TestList.getInfo(DEMO),
                List.of(fork(TestList.getInfo(DEMO), seeded(5), WRITER_C2, "1, 4", 1000)), CONTEXT);
        assertThat(missed.status()).isEqualTo(Status.NOT_OBSERVED);
        assertThat(PairForks.owed(List.of(missed), onlyUnified, 16)).isEmpty();
    }

    private static final ResultConverter.Context CONTEXT = new ResultConverter.Context("-m quick", null, "rerun", 1,
            null);

    /** ReleaseFenceAfterFlag, broken in its unified fork and in one of its four writer-C2 randomized forks. */
    private static org.stressharness.results.model.TestResult demonstration() throws Exception {
        TestInfo info = TestList.getInfo(DEMO);
        var result = ResultConverter.convert(DEMO, info, List.of(
                fork(info, List.of(), CompileMode.UNIFIED, "1, 4", 1000, "1, 2", 2),
                fork(info, seeded(11), WRITER_C2, "1, 4", 1000, "1, 2", 3),
                fork(info, seeded(12), WRITER_C2, "1, 4", 1000),
                fork(info, seeded(13), WRITER_C2, "1, 4", 1000),
                fork(info, seeded(14), WRITER_C2, "1, 4", 1000),
                fork(info, seeded(15), BOTH_C2, "1, 4", 1000)), CONTEXT);
        assertThat(result.status()).isEqualTo(Status.INTERESTING);
        return result;
    }
}
