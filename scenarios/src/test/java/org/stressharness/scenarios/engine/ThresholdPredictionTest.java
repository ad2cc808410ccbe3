package org.stressharness.scenarios.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ThresholdPredictionTest {

    @Test
    void theExtraUsableHeapBuysElementsAtTheMarginalCost() {
        // 1000 elements at 100 B in a 1 MB heap of which 90% was usable: 1 MB more buys 0.9 MB / 100 B more.
        ThresholdPrediction p = ThresholdPrediction.from(1000, 943_718, 1 << 20, 100, 0);
        assertThat(p.usableShare()).isCloseTo(0.9, within(1e-6));
        assertThat(p.elementsAt(2 << 20)).isEqualTo(1000 + Math.round(0.9 * (1 << 20) / 100));
        assertThat(p.elementsAt(1 << 20)).isEqualTo(1000);
    }

    @Test
    void preallocationSizedFromTheHeapGrowsWithIt() {
        // 100 KB of table at 1 MB becomes 200 KB at 2 MB: 100 KB fewer for the elements.
        ThresholdPrediction p = ThresholdPrediction.from(1000, 943_718, 1 << 20, 100, 102_400);
        assertThat(p.elementsAt(2 << 20)).isEqualTo(1000 + Math.round((0.9 * (1 << 20) - 102_400) / 100));
    }

    @Test
    void errorIsSignedAndRelativeToTheMeasurement() {
        assertThat(ThresholdPrediction.errorPct(110, 100)).isCloseTo(10.0, within(1e-9));
        assertThat(ThresholdPrediction.errorPct(90, 100)).isCloseTo(-10.0, within(1e-9));
    }
}
