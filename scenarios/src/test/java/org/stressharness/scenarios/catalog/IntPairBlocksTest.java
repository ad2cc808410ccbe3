package org.stressharness.scenarios.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntPairBlocksTest {

    @Test
    void keepsEveryPairAcrossBlocks() {
        IntPairBlocks blocks = new IntPairBlocks();
        int n = IntPairBlocks.BLOCK * 2 + 7;
        for (int i = 0; i < n; i++) {
            blocks.add(i, -i);
        }
        assertThat(blocks.size()).isEqualTo(n);
        assertThat(blocks.valueAt(0)).isZero();
        assertThat(blocks.valueAt(IntPairBlocks.BLOCK)).isEqualTo(-IntPairBlocks.BLOCK);
        assertThat(blocks.valueAt(n - 1)).isEqualTo(-(n - 1));
    }
}
