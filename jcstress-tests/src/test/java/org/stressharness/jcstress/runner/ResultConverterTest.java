package org.stressharness.jcstress.runner;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.runners.TestList;
import org.stressharness.report.model.Expectation;
import org.stressharness.report.model.OutcomeCount;
import org.stressharness.report.model.Source;
import org.stressharness.report.model.Status;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ResultConverterTest {

    private static final String STORE_BUFFERING = "org.stressharness.jcstress.fences.PlainStoreBuffering";
    private static final String VOLATILE_STORE_BUFFERING = "org.stressharness.jcstress.fences.VolatileStoreBuffering";
    private static final String LOST_PUT = "org.stressharness.jcstress.maps.HashMapLostPut";
    private static final ResultConverter.Context CONTEXT =
            new ResultConverter.Context("-m quick", "run/jcstress/html/x.html", "rerun", 1234);

    @Test
    void sumsForksAndListsEveryDeclaredOutcome() {
        TestResult fork1 = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 10, "1, 1", 5);
        TestResult fork2 = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 7, "0, 0", 3);

        var result = ResultConverter.convert(STORE_BUFFERING, info(STORE_BUFFERING), List.of(fork1, fork2), CONTEXT);

        assertThat(result.source()).isEqualTo(Source.JCSTRESS);
        assertThat(result.status()).isEqualTo(Status.INTERESTING);
        assertThat(result.message()).contains("[0, 0] 3").contains("of 25 samples");
        assertThat(result.durationMs()).isEqualTo(1234);
        assertThat(result.jcstress().samples()).isEqualTo(25);
        assertThat(result.jcstress().htmlReport()).isEqualTo("run/jcstress/html/x.html");
        assertThat(result.jcstress().configurations()).containsExactly("jcstress -m quick");
        assertThat(result.jcstress().outcomes())
                .extracting(OutcomeCount::outcome, OutcomeCount::count, OutcomeCount::expect)
                .containsExactlyInAnyOrder(
                        tuple("0, 1", 17L, Expectation.ACCEPTABLE),
                        tuple("1, 0", 0L, Expectation.ACCEPTABLE),
                        tuple("1, 1", 5L, Expectation.ACCEPTABLE),
                        tuple("0, 0", 3L, Expectation.ACCEPTABLE_INTERESTING));
        assertThat(result.jcstress().outcomes()).allSatisfy(o -> assertThat(o.description()).isNotBlank());
    }

    @Test
    void demonstrationWithoutItsRaceIsPassed() {
        TestResult fork = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 10, "1, 0", 5);

        var result = ResultConverter.convert(STORE_BUFFERING, info(STORE_BUFFERING), List.of(fork), CONTEXT);

        assertThat(result.status()).isEqualTo(Status.PASSED);
    }

    @Test
    void forbiddenOutcomeFailsTheGuard() {
        TestResult fork = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 10, "0, 0", 2);

        var result = ResultConverter.convert(VOLATILE_STORE_BUFFERING, info(VOLATILE_STORE_BUFFERING), List.of(fork),
                CONTEXT);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.message()).startsWith("forbidden outcome observed: [0, 0] 2");
    }

    @Test
    void undeclaredOutcomeTakesTheTestsDefaultGrade() {
        TestResult fork = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 0", 10, "2, 3", 1);

        var result = ResultConverter.convert(LOST_PUT, info(LOST_PUT), List.of(fork), CONTEXT);

        assertThat(result.status()).isEqualTo(Status.INTERESTING);
        assertThat(result.jcstress().outcomes())
                .filteredOn(o -> o.outcome().equals("2, 3"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.count()).isEqualTo(1);
                    assertThat(o.expect()).isEqualTo(Expectation.ACCEPTABLE_INTERESTING);
                    assertThat(o.description()).startsWith("Worse corruption");
                });
    }

    @Test
    void unseenCatchAllOutcomeIsListedToo() {
        TestResult fork = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 0", 10);

        var result = ResultConverter.convert(LOST_PUT, info(LOST_PUT), List.of(fork), CONTEXT);

        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.jcstress().outcomes())
                .extracting(OutcomeCount::outcome, OutcomeCount::count, OutcomeCount::expect)
                .contains(tuple(ResultConverter.OTHER_OUTCOMES, 0L, Expectation.ACCEPTABLE_INTERESTING),
                        tuple("1, 0", 0L, Expectation.ACCEPTABLE_INTERESTING));
    }

    @Test
    void crashedForkIsAnErrorWithItsOutput() {
        TestResult ok = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 10);
        TestResult crashed = new TestResult(org.openjdk.jcstress.infra.Status.VM_ERROR);
        crashed.addMessage("fork exited with 134");
        crashed.addVMErrs(List.of("# A fatal error has been detected"));

        var result = ResultConverter.convert(STORE_BUFFERING, info(STORE_BUFFERING), List.of(ok, crashed), CONTEXT);

        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.message()).contains("VM_ERROR").contains("fork exited with 134");
        assertThat(result.output()).contains("# A fatal error has been detected");
        assertThat(result.jcstress().samples()).isEqualTo(10);
    }

    @Test
    void noResultAtAllIsAnError() {
        var result = ResultConverter.convert(STORE_BUFFERING, info(STORE_BUFFERING), List.of(), CONTEXT);

        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.message()).contains("no result");
    }

    private static TestInfo info(String test) {
        TestInfo info = TestList.getInfo(test);
        assertThat(info).as("jcstress test list entry for %s", test).isNotNull();
        return info;
    }

    private static TestResult fork(org.openjdk.jcstress.infra.Status status, Object... stateCounts) {
        TestResult r = new TestResult(status);
        for (int i = 0; i < stateCounts.length; i += 2) {
            r.addState((String) stateCounts[i], ((Number) stateCounts[i + 1]).longValue());
        }
        return r;
    }
}
