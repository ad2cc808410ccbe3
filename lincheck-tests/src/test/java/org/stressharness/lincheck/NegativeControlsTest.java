package org.stressharness.lincheck;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stressharness.report.model.Status;
import org.stressharness.report.model.TestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker has teeth: every broken map is reported non-linearizable, with the interleaving that breaks it.
 * Model checking explores interleavings deterministically per scenario and stops at the first failure, so the
 * generous scenario bound (50) is far above what it needs (a few).
 */
class NegativeControlsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "HashMapNegativeControl.modelChecking",
            "GetThenPutIfAbsentNegativeControl.modelChecking",
            "UnsyncSizeCounterNegativeControl.modelChecking"})
    void brokenMapIsCaught(String name) {
        TestResult result = SmokeChecks.run(name);

        assertThat(result.status()).as("%s: %s", name, result.message()).isEqualTo(Status.PASSED);
        assertThat(result.lincheck().expectFailure()).isTrue();
        assertThat(result.lincheck().failureKind()).isEqualTo(FailureKind.INCORRECT_RESULTS);
        assertThat(result.lincheck().failureText())
                .contains("Invalid execution results")
                .contains("The following interleaving leads to the error");
        assertThat(result.message()).startsWith("caught as expected");
    }
}
