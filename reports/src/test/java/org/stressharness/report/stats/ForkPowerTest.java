package org.stressharness.report.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForkPowerTest {

    @Test
    void powerIsTheChanceThatAtLeastOneForkBreaks() {
        assertThat(ForkPower.power(0.25, 4)).isCloseTo(1 - Math.pow(0.75, 4), within(1e-12));
        assertThat(ForkPower.power(1, 1)).isEqualTo(1);
        assertThat(ForkPower.power(0.5, 0)).isZero();
    }

    @Test
    void theLowerBoundIsTheRateAtWhichSoManyBreaksComeUpOnlyOneTimeInTwenty() {
        // All of n: 0.05^(1/n), the classic exact bound.
        assertThat(ForkPower.lowerBound(1, 1)).isCloseTo(0.05, within(1e-12));
        assertThat(ForkPower.lowerBound(3, 3)).isCloseTo(Math.pow(0.05, 1 / 3.0), within(1e-12));
        // 1 of 4: 1 - (1 - p)^4 = 0.05.
        assertThat(ForkPower.lowerBound(1, 4)).isCloseTo(1 - Math.pow(0.95, 0.25), within(1e-9));
        // 5 of 20 (Clopper-Pearson tables: 0.1040 one-sided 95%).
        assertThat(ForkPower.lowerBound(5, 20)).isCloseTo(0.1040, within(5e-4));
        assertThat(ForkPower.atLeast(5, 20, ForkPower.lowerBound(5, 20))).isCloseTo(0.05, within(1e-6));
        assertThat(ForkPower.lowerBound(0, 10)).isZero();
    }
}
