package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.FailureKind;
import org.junit.jupiter.api.Test;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** ConcurrentHashMap's documented behaviours are found by model checking, with the trace that shows them. */
class ConcurrentHashMapFindingsTest {

    @Test
    void sizeIsNotLinearizableUnderConcurrentPutIfAbsent() {
        TestResult result = SmokeChecks.run("ConcurrentHashMapSizeFinding.modelChecking");

        assertThat(result.status()).as(result.message()).isEqualTo(Status.INTERESTING);
        assertThat(result.lincheck().failureKind()).isEqualTo(FailureKind.INCORRECT_RESULTS);
        assertThat(result.lincheck().failureText())
                .containsAnyOf("size()", "isEmpty()")
                .contains("The following interleaving leads to the error");
    }

    @Test
    void updatesAreNotObstructionFree() {
        TestResult result = SmokeChecks.run("ConcurrentHashMapObstructionFreedomFinding.modelChecking");

        assertThat(result.status()).as(result.message()).isEqualTo(Status.INTERESTING);
        assertThat(result.lincheck().failureKind()).isEqualTo(FailureKind.OBSTRUCTION_FREEDOM);
        assertThat(result.lincheck().options()).containsEntry("checkObstructionFreedom", true);
        assertThat(result.lincheck().failureText())
                .contains("should be non-blocking")
                .contains("The following interleaving leads to the error");
    }
}
