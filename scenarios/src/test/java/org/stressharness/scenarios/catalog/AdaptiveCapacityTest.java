package org.stressharness.scenarios.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdaptiveCapacityTest {

    @Test
    void suggestsMeanPlusTwoSigmaOfTheWindow() {
        AdaptiveCapacity c = new AdaptiveCapacity(4);
        assertThat(c.suggest()).isZero();
        for (long size : new long[] {90, 110, 90, 110}) {
            c.record(size);
        }
        // mean 100, sample sigma sqrt(400/3) = 11.547: 100 + 23.09 -> 124
        assertThat(c.suggest()).isEqualTo(124);
    }

    @Test
    void forgetsBatchesThatLeftTheWindow() {
        AdaptiveCapacity c = new AdaptiveCapacity(2);
        c.record(10_000);
        c.record(100);
        c.record(100);
        assertThat(c.suggest()).isEqualTo(100);
    }

    @Test
    void aWindowNeedsTwoBatches() {
        assertThatThrownBy(() -> new AdaptiveCapacity(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
