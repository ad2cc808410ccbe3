package org.stressharness.lincheck.engine;

import org.stressharness.lincheck.catalog.CountAtRestOperations;
import org.junit.jupiter.api.Test;
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

    @Test
    void correctMap() {
        assertThat(grade(CheckKind.CORRECT, null, null).status()).isEqualTo(Status.PASSED);
        CheckRunner.Verdict failed = grade(CheckKind.CORRECT, null, "incorrect results");
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.message()).contains("incorrect results");
    }

    @Test
    void negativeControl() {
        String kind = FailureKind.INCORRECT_RESULTS;
        assertThat(grade(CheckKind.NEGATIVE_CONTROL, kind, kind).status()).isEqualTo(Status.PASSED);
        CheckRunner.Verdict missed = grade(CheckKind.NEGATIVE_CONTROL, kind, null);
        assertThat(missed.status()).isEqualTo(Status.FAILED);
        assertThat(missed.message()).contains("no teeth");
        assertThat(grade(CheckKind.NEGATIVE_CONTROL, kind, "deadlock").status()).isEqualTo(Status.FAILED);
    }

    @Test
    void stressNeedsTwoCpusModelCheckingDoesNot() {
        assertThat(CheckRunner.tooFewCpus(Strategy.STRESS, 1)).isEqualTo(
                "not run: the stress strategy needs at least 2 CPUs to run its threads at once, this JVM has 1");
        assertThat(CheckRunner.tooFewCpus(Strategy.STRESS, 2)).isNull();
        assertThat(CheckRunner.tooFewCpus(Strategy.MODEL_CHECKING, 1)).isNull();
    }

    @Test
    void finding() {
        String kind = FailureKind.INCORRECT_RESULTS;
        assertThat(grade(CheckKind.FINDING, kind, kind).status()).isEqualTo(Status.INTERESTING);
        CheckRunner.Verdict notFound = grade(CheckKind.FINDING, kind, null);
        assertThat(notFound.status()).isEqualTo(Status.NOT_OBSERVED);
        assertThat(notFound.message()).contains("did not show", "no evidence either way");
        assertThat(grade(CheckKind.FINDING, kind, "unexpected exception").status()).isEqualTo(Status.FAILED);
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
