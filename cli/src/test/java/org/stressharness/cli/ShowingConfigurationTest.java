package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import org.stressharness.results.model.ConfigurationEvidence;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ShowingConfigurationTest {

    private static final List<String> SEEDED = List.of("-XX:+StressLCM", "-XX:StressSeed=7");
    private static final List<String> OTHER_SEED = List.of("-XX:+StressLCM", "-XX:StressSeed=8");

    @Test
    void theConfigurationWithTheHighestRateOfTheOutcomeIsReplayedWithItsSeed() {
        TestResult r = result(
                new ConfigurationEvidence("JVM [], unified", 1, 1_000, Map.of(),
                        new ConfigurationEvidence.Replay(List.of(), -1)),
                new ConfigurationEvidence("JVM seed 7, C2, C2", 1, 1_000, Map.of("1, 0", 5L),
                        new ConfigurationEvidence.Replay(SEEDED, 8)),
                new ConfigurationEvidence("JVM seed 8, C2, C2", 1, 100_000, Map.of("1, 0", 6L),
                        new ConfigurationEvidence.Replay(OTHER_SEED, 8)));

        ShowingConfiguration chosen = ShowingConfiguration.of(r, "[1, 0]").orElseThrow();

        assertThat(chosen.evidence().configuration()).isEqualTo("JVM seed 7, C2, C2");
        assertThat(chosen.suiteArguments()).containsExactly("--replay-jvm-args", "-XX:+StressLCM -XX:StressSeed=7",
                "--replay-compile-mode", "8");
        assertThat(chosen.describe()).isEqualTo("JVM seed 7, C2, C2 (5 in 1,000 samples, 1 fork)");
    }

    @Test
    void withoutAnOutcomeAnyInterestingOrForbiddenOneCounts() {
        TestResult r = result(
                new ConfigurationEvidence("JVM seed 7, C2, C2", 1, 1_000, Map.of("1, 0", 5L),
                        new ConfigurationEvidence.Replay(SEEDED, 8)));

        assertThat(ShowingConfiguration.of(r, null)).isPresent();
        assertThat(ShowingConfiguration.of(r, "0, 0")).as("an acceptable outcome is not looked for in configurations")
                .isEmpty();
    }

    @Test
    void aRunThatKeptNoReplayFallsBackToTheWholeProfile() {
        TestResult r = result(new ConfigurationEvidence("JVM seed 7, C2, C2", 1, 1_000, Map.of("1, 0", 5L)));

        assertThat(ShowingConfiguration.of(r, "1, 0")).isEmpty();
    }

    private static TestResult result(ConfigurationEvidence... evidence) {
        JcstressDetail d = new JcstressDetail(101_000, List.of(
                new OutcomeCount("0, 0", 101_000 - 11, Expectation.ACCEPTABLE, "fine"),
                new OutcomeCount("1, 0", 11, Expectation.ACCEPTABLE_INTERESTING, "stale")),
                List.of("jcstress -m quick"), null, evidence.length, JcstressDetail.Role.DEMONSTRATION, List.of(),
                List.of(evidence));
        return new TestResult(Source.JCSTRESS, "x.Demo", null, Status.INTERESTING, 1, "seen", null, null, d);
    }
}
