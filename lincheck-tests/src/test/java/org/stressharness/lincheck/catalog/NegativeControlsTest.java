package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.CheckRunner;
import org.stressharness.lincheck.engine.Checks;
import org.stressharness.lincheck.engine.FailureKind;
import org.stressharness.lincheck.engine.LincheckCheck;
import org.stressharness.lincheck.engine.Strategy;
import org.stressharness.lincheck.engine.UserMapClass;
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
    void aCorruptedCountGivenAsTheUsersMapFailsItsSizeCheckInsteadOfBeingExcused() {
        // The map of the review: ConcurrentHashMap entries, a plain int count. Under --map its count must not read
        // as ConcurrentHashMap's documented estimate.
        assertThat(run(UnsyncSizeCounterMap.class, "UserMapSizeEstimate[").status()).isEqualTo(Status.FAILED);
        TestResult countResult = run(UnsyncSizeCounterMap.class, "UserMapCountAtRest[");
        assertThat(countResult.status()).as(countResult.message()).isEqualTo(Status.FAILED);
        assertThat(countResult.lincheck().failureKind()).isEqualTo(FailureKind.VALIDATION);
    }

    @Test
    void aUsersCountOffByMoreThanTheUpdatesInFlightFailsThoughItIsExactAtRest() {
        // Right at rest, so the old grading called it ConcurrentHashMap's documented finding; off by ten per update
        // in flight, so it is outside the range ConcurrentHashMap's documentation allows.
        TestResult inflated = run(InflatedSizeMap.class, "UserMapSizeEstimate[");
        assertThat(inflated.status()).as(inflated.message()).isEqualTo(Status.FAILED);
        assertThat(inflated.lincheck().failureKind()).isEqualTo(FailureKind.INCORRECT_RESULTS);
        assertThat(inflated.lincheck().failureText()).containsPattern("(size|isEmpty)WithinEstimate\\(\\): false");
        assertThat(run(InflatedSizeMap.class, "UserMapCountAtRest[").status()).isEqualTo(Status.PASSED);
    }

    @Test
    void concurrentHashMapItselfStaysWithinTheRangeAUsersMapIsHeldTo() {
        TestResult chm = run(java.util.concurrent.ConcurrentHashMap.class, "UserMapSizeEstimate[");
        assertThat(chm.status()).as(chm.message() + "\n" + chm.lincheck().failureText()).isEqualTo(Status.PASSED);
    }

    /** The user-map check named {@code prefix…} under model checking, with {@code map} given as --map. */
    private static TestResult run(Class<?> map, String prefix) {
        UserMapClass.use(map);
        LincheckCheck check = Checks.checks(map).stream()
                .filter(c -> c.name().startsWith(prefix) && c.strategy() == Strategy.MODEL_CHECKING)
                .findFirst().orElseThrow();
        return new CheckRunner(Profile.SMOKE, map.getName()).run(check);
    }
}
