package org.stressharness.scenarios.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeapSizeTest {

    @Test
    void parsesTheUnitsXmxTakes() {
        assertThat(HeapSize.parse("64m").bytes()).isEqualTo(64L << 20);
        assertThat(HeapSize.parse("1G").bytes()).isEqualTo(1L << 30);
        assertThat(HeapSize.parse("16384k").bytes()).isEqualTo(16L << 20);
        assertThat(HeapSize.parse("16777216").bytes()).isEqualTo(16L << 20);
    }

    @Test
    void printsTheLargestWholeUnit() {
        assertThat(HeapSize.parse("2048m").text()).isEqualTo("2g");
        assertThat(HeapSize.parse("16384k").text()).isEqualTo("16m");
        assertThat(HeapSize.parse("16m").times(2).text()).isEqualTo("32m");
    }

    @Test
    void rejectsNonsenseAndSizesOutOfRange() {
        assertThatThrownBy(() -> HeapSize.parse("lots")).hasMessageContaining("invalid heap size 'lots'");
        assertThatThrownBy(() -> HeapSize.parse("64mb")).hasMessageContaining("invalid heap size");
        assertThatThrownBy(() -> HeapSize.parse("-1m")).hasMessageContaining("invalid heap size");
        assertThatThrownBy(() -> HeapSize.parse("4m")).hasMessageContaining("between 8m and 64g");
        assertThatThrownBy(() -> HeapSize.parse("65g")).hasMessageContaining("between 8m and 64g");
        assertThatThrownBy(() -> HeapSize.parse("999999999999g")).hasMessageContaining("between 8m and 64g");
    }
}
