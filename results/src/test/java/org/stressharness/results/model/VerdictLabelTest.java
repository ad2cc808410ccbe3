package org.stressharness.results.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictLabelTest {

    private static TestResult lincheck(Status status, boolean expectFailure, String failureKind) {
        return new TestResult(Source.LINCHECK, "x.Check.modelChecking", null, status, 1, null, null, null,
                new LincheckDetail("model-checking", "x.Map", Map.of(), expectFailure, failureKind, null));
    }

    @Test
    void aDocumentedFindingThatDidNotShowIsNotObservedNeverPassed() {
        assertThat(VerdictLabel.of(lincheck(Status.PASSED, true, null))).isEqualTo(VerdictLabel.NOT_OBSERVED);
        // A negative control that passed was caught: it carries what it was caught as.
        assertThat(VerdictLabel.of(lincheck(Status.PASSED, true, "incorrect results"))).isEqualTo("PASSED");
        // A check that must pass and did.
        assertThat(VerdictLabel.of(lincheck(Status.PASSED, false, null))).isEqualTo("PASSED");
        assertThat(VerdictLabel.of(lincheck(Status.INTERESTING, true, "incorrect results"))).isEqualTo("INTERESTING");
    }

    @Test
    void aResultReadsAsTheStatusItStandsFor() {
        assertThat(VerdictLabel.statusOf(lincheck(Status.NOT_OBSERVED, true, null))).isEqualTo(Status.NOT_OBSERVED);
        // Written before NOT_OBSERVED existed: PASSED for a finding that did not show.
        assertThat(VerdictLabel.statusOf(lincheck(Status.PASSED, true, null))).isEqualTo(Status.NOT_OBSERVED);
        assertThat(VerdictLabel.statusOf(lincheck(Status.PASSED, false, null))).isEqualTo(Status.PASSED);
        assertThat(VerdictLabel.statusOf(lincheck(null, false, null))).isEqualTo(Status.ERROR);
        assertThat(VerdictLabel.of(lincheck(Status.NOT_OBSERVED, true, null))).isEqualTo("NOT OBSERVED");
    }
}
