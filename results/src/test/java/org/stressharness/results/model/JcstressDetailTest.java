package org.stressharness.results.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JcstressDetailTest {

    private static final List<FirstObservation> FIRST = List.of(
            new FirstObservation("1, 0", 4, 40_000, 6_800),
            new FirstObservation("0, 1", 2, 20_000, 3_100),
            new FirstObservation("0, 0", 7, 70_000, 12_000));

    private static JcstressDetail detail(List<FirstObservation> first) {
        return new JcstressDetail(100_000, List.of(), List.of(), null, 9, null, List.of(), List.of(), first);
    }

    @Test
    void earliestIsTheOutcomeWhoseFirstForkCameFirst() {
        assertThat(detail(FIRST).earliest(List.of("1, 0", "0, 0"))).contains(FIRST.get(0));
        assertThat(detail(FIRST).earliest(List.of("0, 0", "0, 1", "1, 0"))).contains(FIRST.get(1));
    }

    @Test
    void earliestIgnoresOutcomesNeverSeenAndIsEmptyWhenNoneWas() {
        assertThat(detail(FIRST).earliest(List.of("1, 1", "0, 0"))).contains(FIRST.get(2));
        assertThat(detail(FIRST).earliest(List.of("1, 1"))).isEmpty();
        assertThat(detail(List.of()).earliest(List.of("1, 0"))).isEmpty();
        assertThat(detail(null).earliest(List.of("1, 0"))).isEmpty();
    }
}
