package org.stressharness.lincheck.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** ConcurrentHashMap is linearizable, and its count exact at rest, under both strategies. */
class CorrectMapsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "ConcurrentHashMapCountAtRest.modelChecking", "ConcurrentHashMapCountAtRest.stress",
            "ConcurrentHashMapLinearizable.modelChecking", "ConcurrentHashMapLinearizable.stress",
            "ConcurrentHashMapCollidingKeys.modelChecking", "ConcurrentHashMapCollidingKeys.stress"})
    void passes(String name) {
        TestResult result = SmokeChecks.run(name);

        assertThat(result.status()).as("%s: %s%n%s", name, result.message(), result.lincheck().failureText())
                .isEqualTo(Status.PASSED);
        assertThat(result.lincheck().failureKind()).isNull();
        assertThat(result.lincheck().expectFailure()).isFalse();
        assertThat(result.lincheck().options()).containsEntry("iterations", 5).containsKey("invocationsPerIteration");
    }
}
