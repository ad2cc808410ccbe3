package org.stressharness.scenarios.probe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendWatchTest {

    private static final long MS = 1_000_000;

    @Test
    void aSteadyRiseIsExtrapolatedToTheMaximumInElementsAndTime() {
        TrendWatch w = new TrendWatch();
        // 100 B per element, 1,000 elements per ms, after-GC heap at 1 MB + 100 B x elements.
        for (long e = 10_000; e <= 40_000; e += 10_000) {
            w.add(e, 1_000_000 + 100 * e, e / 1_000 * MS);
        }
        TrendWatch.Prediction p = w.predict(10_000_000).orElseThrow();
        assertThat(p.bytesPerElement()).isEqualTo(100.0);
        assertThat(p.usedAfterGc()).isEqualTo(5_000_000);
        assertThat(p.elementsLeft()).isEqualTo(50_000);
        assertThat(p.msLeft()).isEqualTo(50);
        assertThat(TrendWatch.near(p, 40_000)).isFalse();
        assertThat(TrendWatch.near(p, 200_000)).isTrue();
    }

    @Test
    void flatOrFallingLiveDataPredictsNothing() {
        TrendWatch w = new TrendWatch();
        for (long e = 1; e <= 4; e++) {
            w.add(e * 1_000, 5_000_000 - e, e * MS);
        }
        assertThat(w.predict(10_000_000)).isEmpty();
    }

    @Test
    void fewerCollectionsThanTheWindowPredictNothing() {
        TrendWatch w = new TrendWatch();
        for (long e = 1; e < TrendWatch.WINDOW; e++) {
            w.add(e * 1_000, e * 1_000_000, e * MS);
        }
        assertThat(w.predict(10_000_000)).isEmpty();
    }
}
