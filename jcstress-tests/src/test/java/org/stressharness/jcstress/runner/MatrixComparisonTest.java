package org.stressharness.jcstress.runner;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.runners.TestList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

    @Test
    void aLostOutcomeIsWeighedByTheSamplesTheRunTook() {
        // TreeBinRace.PlainHashMap's `lost 18`: 10 in the reference's 33.75 M samples, none in a run of 6.76 M.
        double expected = MatrixComparison.expectedInRun(10, 33_750_944, 6_760_768);
        assertThat(expected).isCloseTo(2.0, within(0.01));
        assertThat(MatrixComparison.missChanceAtLeast(expected)).isCloseTo(0.135, within(0.001));
        // Seen once in the reference: a run with a fifth of its samples misses it at least 82% of the time.
        assertThat(MatrixComparison.missChanceAtLeast(MatrixComparison.expectedInRun(1, 33_750_944, 6_760_768)))
                .isGreaterThan(0.8);
        assertThat(MatrixComparison.expectedInRun(5, 0, 100)).isZero();
    }
}
