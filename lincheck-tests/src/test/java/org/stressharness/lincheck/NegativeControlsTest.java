package org.stressharness.lincheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

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
            "GetThenPutIfAbsentNegativeControl.modelChecking"})
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

    @Test
    void aCountThatLosesUpdatesIsCaughtAsCorruptedAtRestNotAsTheEstimate() {
        TestResult result = SmokeChecks.run("UnsyncSizeCounterNegativeControl.modelChecking");

        assertThat(result.status()).as(result.message() + "\n" + result.lincheck().failureText())
                .isEqualTo(Status.PASSED);
        assertThat(result.lincheck().failureKind()).isEqualTo(FailureKind.VALIDATION);
        assertThat(result.lincheck().failureText()).contains(CountAtRestOperations.COUNT_CORRUPTED);
        assertThat(result.message()).isEqualTo("caught as expected: " + FailureKind.VALIDATION);
    }

    @Test
    void aCorruptedCountGivenAsTheUsersMapFailsItsSizeFindingInsteadOfReproducingIt() {
        // The map of the review: ConcurrentHashMap entries, a plain int count. Under --map its size finding must
        // not read as ConcurrentHashMap's documented estimate.
        UserMapClass.use(UnsyncSizeCounterMap.class);
        LincheckCheck finding = SuiteCatalog.checks(UnsyncSizeCounterMap.class).stream()
                .filter(c -> c.name().startsWith("UserMapSizeFinding[") && c.strategy() == Strategy.MODEL_CHECKING)
                .findFirst().orElseThrow();
        LincheckCheck count = SuiteCatalog.checks(UnsyncSizeCounterMap.class).stream()
                .filter(c -> c.name().startsWith("UserMapCountTest[") && c.strategy() == Strategy.MODEL_CHECKING)
                .findFirst().orElseThrow();

        TestResult findingResult = new CheckRunner(Profile.SMOKE, UnsyncSizeCounterMap.class.getName()).run(finding);
        TestResult countResult = new CheckRunner(Profile.SMOKE, UnsyncSizeCounterMap.class.getName()).run(count);

        assertThat(findingResult.status()).as(findingResult.message()).isEqualTo(Status.FAILED);
        assertThat(findingResult.message()).contains("corrupted");
        assertThat(countResult.status()).as(countResult.message()).isEqualTo(Status.FAILED);
        assertThat(countResult.lincheck().failureKind()).isEqualTo(FailureKind.VALIDATION);
    }
}
