package org.stressharness.scenarios.probe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GcBoundWatchTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void boundOnceTheLastTenSecondsWentToGcAtTheLimitShare() {
        GcBoundWatch watch = new GcBoundWatch();
        long gc = 0;
        int s = 0;
        // 20 s at 90% in GC: busy, but the workload still runs.
        for (; s < 20; s++) {
            gc += 900;
            assertThat(watch.reading(gc, s * SECOND)).as("second %d", s).isFalse();
        }
        // Then 99% per second. The window's share grows by 0.9% per such second: 95% at the 6th.
        for (int spiral = 1; spiral <= 5; spiral++, s++) {
            gc += 990;
            assertThat(watch.reading(gc, s * SECOND)).as("spiral second %d", spiral).isFalse();
        }
        gc += 990;
        assertThat(watch.reading(gc, s * SECOND)).isTrue();
        assertThat(watch.bound()).isEqualTo("GC-bound: 95% of the last 10 s in GC, no OutOfMemoryError yet");
    }

    @Test
    void aLongPauseInsideAnOtherwiseLivelyWindowIsNotBound() {
        GcBoundWatch watch = new GcBoundWatch();
        long gc = 0;
        for (int s = 0; s <= 30; s++) {
            assertThat(watch.reading(gc, s * SECOND)).isFalse();
            gc += s == 15 ? 3_000 : 100; // one 3 s full GC among 10% seconds
        }
        assertThat(watch.bound()).isNull();
    }
}
