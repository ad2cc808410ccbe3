package org.stressharness.scenarios.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlightRecordingSummaryTest {

    @Test
    void typeNamesInAPathReadAsInSource() {
        assertThat(FlightRecordingSummary.simpleName("[Ljava.util.HashMap$Node;")).isEqualTo("HashMap$Node[]");
        assertThat(FlightRecordingSummary.simpleName("[[I")).isEqualTo("int[][]");
        assertThat(FlightRecordingSummary.simpleName("java.lang.Integer")).isEqualTo("Integer");
        assertThat(FlightRecordingSummary.simpleName("[B")).isEqualTo("byte[]");
    }
}
