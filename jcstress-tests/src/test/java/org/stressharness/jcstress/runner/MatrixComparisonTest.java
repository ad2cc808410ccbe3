package org.stressharness.jcstress.runner;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.runners.TestList;

import static org.assertj.core.api.Assertions.assertThat;

/** Outcomes that carry a magnitude are also compared under the one declared outcome they match. */
class MatrixComparisonTest {

    private static final String TREE_BIN = "org.stressharness.jcstress.maps.TreeBinRace.PlainHashMap";

    @Test
    void outcomesWithAMagnitudeFallUnderTheDeclaredOutcomeTheyMatch() {
        TestInfo info = TestList.getInfo(TREE_BIN);

        assertThat(MatrixComparison.declared(info, "tree, lost 16"))
                .isEqualTo(MatrixComparison.declared(info, "tree, size 19"))
                .isEqualTo("`\\w+, (lost|size) .*`");
        assertThat(MatrixComparison.declared(info, "tree, intact")).isEqualTo("`\\w+, intact`");
        assertThat(MatrixComparison.declared(info, "no such outcome")).isEqualTo("(any other)");
    }
}
