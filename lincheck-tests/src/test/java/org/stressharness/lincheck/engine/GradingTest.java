package org.stressharness.lincheck.engine;

import org.stressharness.lincheck.catalog.CountAtRestOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stressharness.results.model.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The status mapping of the suite, outcome by outcome. */
class GradingTest {

    private static LincheckCheck check(CheckKind kind, String expected) {
        return new LincheckCheck("X.stress", "", Object.class, "x.Map", Strategy.STRESS, kind, false, expected, null,
                null, null, null);
    }

    private static CheckRunner.Verdict grade(CheckKind kind, String expected, String found) {
        return CheckRunner.grade(check(kind, expected), found, found == null ? null : "= report =");
    }

    /**
     * What the check expects (a correct map, a negative control that must be caught as incorrect results, a
     * documented finding), what Lincheck reported (null: it passed), and the status and words of the verdict.
     */
    @ParameterizedTest(name = "{0} reported as {1}: {2}")
    @CsvSource(nullValues = "none", value = {
        "CORRECT,          none,                 PASSED,       none",
        "CORRECT,          incorrect results,    FAILED,       incorrect results",
        "NEGATIVE_CONTROL, incorrect results,    PASSED,       caught as expected",
        "NEGATIVE_CONTROL, none,                 FAILED,       no teeth",
        "NEGATIVE_CONTROL, deadlock,             FAILED,       instead of incorrect results",
        "FINDING,          incorrect results,    INTERESTING,  documented finding reproduced",
        "FINDING,          none,                 NOT_OBSERVED, no evidence either way",
        "FINDING,          unexpected exception, FAILED,       unexpected failure"})
    void gradesWhatLincheckReportedByWhatTheCheckExpects(CheckKind kind, String reported, Status status,
                                                          String words) {
        String expected = kind == CheckKind.CORRECT ? null : FailureKind.INCORRECT_RESULTS;
        CheckRunner.Verdict verdict = grade(kind, expected, reported);
        assertThat(verdict.status()).isEqualTo(status);
        if (words != null) {
            assertThat(verdict.message()).contains(words);
        }
    }

    @Test
    void stressNeedsTwoCpusModelCheckingDoesNot() {
        assertThat(CheckRunner.tooFewCpus(Strategy.STRESS, 1)).isEqualTo(
                "not run: the stress strategy needs at least 2 CPUs to run its threads at once, this JVM has 1");
        assertThat(CheckRunner.tooFewCpus(Strategy.STRESS, 2)).isNull();
        assertThat(CheckRunner.tooFewCpus(Strategy.MODEL_CHECKING, 1)).isNull();
    }

    @Test
    void aCountWrongAtRestIsNeverTheFinding() {
        LincheckCheck finding = check(CheckKind.FINDING, FailureKind.INCORRECT_RESULTS);
        String report = "= Validation function countAgreesWithEntriesAtRest has failed =\n"
                + "java.lang.IllegalStateException: " + CountAtRestOperations.COUNT_CORRUPTED + ": size() = 1";

        CheckRunner.Verdict verdict = CheckRunner.grade(finding, FailureKind.VALIDATION, report);

        assertThat(verdict.status()).isEqualTo(Status.FAILED);
        assertThat(verdict.message()).contains(CountAtRestOperations.COUNT_CORRUPTED).contains("not the documented");
    }

    @Test
    void findingNeedsItsEvidenceInTheMinimizedScenario() {
        LincheckCheck sizeFinding = new LincheckCheck("X.modelChecking", "", Object.class, "x.Map",
                Strategy.MODEL_CHECKING, CheckKind.FINDING, false, FailureKind.INCORRECT_RESULTS, "size\\(\\)", null,
                null, null);
        String withSize = "= Invalid execution results =\n| putIfAbsent(3, 3): null | size(): 0 |\n"
                + "The following interleaving leads to the error:\n...";
        String withoutSize = "= Invalid execution results =\n| putIfAbsent(3, 3): null | putIfAbsent(3, 1): null |\n"
                + "The following interleaving leads to the error:\n| size(): 0 |";

        assertThat(CheckRunner.grade(sizeFinding, FailureKind.INCORRECT_RESULTS, withSize).status())
                .isEqualTo(Status.INTERESTING);
        CheckRunner.Verdict other = CheckRunner.grade(sizeFinding, FailureKind.INCORRECT_RESULTS, withoutSize);
        assertThat(other.status()).isEqualTo(Status.FAILED);
        assertThat(other.message()).contains("without the documented finding");
    }
}
