package org.stressharness.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationOptionTest {

    @Test
    void parsesUnitsAndCombinations() {
        assertThat(DurationOption.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationOption.parse("45m")).isEqualTo(Duration.ofMinutes(45));
        assertThat(DurationOption.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationOption.parse("2H")).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void rejectsGarbageAndZero() {
        for (String bad : new String[]{"", "soon", "10", "5x", "m5", "0s", "1h 2m", "10m-"}) {
            assertThatThrownBy(() -> DurationOption.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid duration");
        }
    }
}
