package org.stressharness.lincheck;

import org.junit.jupiter.api.Test;
import org.stressharness.report.model.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The status mapping of the suite, outcome by outcome. */
class GradingTest {

    private static LincheckCheck check(CheckKind kind, String expected) {
        return new LincheckCheck("X.stress", "", Object.class, "x.Map", Strategy.STRESS, kind, false, expected);
    }

    private static CheckRunner.Verdict grade(CheckKind kind, String expected, String found) {
        return CheckRunner.grade(check(kind, expected), found);
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
    void finding() {
        String kind = FailureKind.INCORRECT_RESULTS;
        assertThat(grade(CheckKind.FINDING, kind, kind).status()).isEqualTo(Status.INTERESTING);
        CheckRunner.Verdict notFound = grade(CheckKind.FINDING, kind, null);
        assertThat(notFound.status()).isEqualTo(Status.PASSED);
        assertThat(notFound.message()).contains("not reproduced");
        assertThat(grade(CheckKind.FINDING, kind, "unexpected exception").status()).isEqualTo(Status.FAILED);
    }
}
