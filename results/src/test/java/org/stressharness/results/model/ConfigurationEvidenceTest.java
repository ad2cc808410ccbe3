package org.stressharness.results.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationEvidenceTest {

    @Test
    void aFamilyIsTheConfigurationWithoutItsSeed() {
        var seeded = new ConfigurationEvidence("JVM [-XX:+StressLCM, -XX:StressSeed=42], split: writer C2, reader C1",
                1,
                10, Map.of());
        assertThat(seeded.family()).isEqualTo("JVM [-XX:+StressLCM], split: writer C2, reader C1");
        assertThat(seeded.randomized()).isTrue();
        assertThat(new ConfigurationEvidence("JVM [], unified across all actors", 3, 10, Map.of()).randomized())
                .isFalse();
    }

    @Test
    void theForksADemonstrationNeededPerBreakAreItsForksOverItsBreaksRoundedUp() {
        assertThat(ConfigurationEvidence.forksPerBreak(1, 1)).isEqualTo(1);
        assertThat(ConfigurationEvidence.forksPerBreak(5, 5)).isEqualTo(1);
        assertThat(ConfigurationEvidence.forksPerBreak(4, 1)).isEqualTo(4);
        assertThat(ConfigurationEvidence.forksPerBreak(6, 2)).isEqualTo(3);
        assertThat(ConfigurationEvidence.forksPerBreak(7, 2)).isEqualTo(4);
        assertThat(ConfigurationEvidence.forksPerBreak(3, 0)).isEqualTo(Integer.MAX_VALUE);
    }
}
