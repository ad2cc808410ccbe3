package org.stressharness.jcstress.engine;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.runners.TestList;

import java.nio.file.Path;
import java.util.Map;

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

    @Test
    void theFullMatrixComparedWithItselfLosesNothingAndWithItsOwnRerunLosesItsRarest() throws Exception {
        // Two runs of jcstress's own driver over its whole default matrix, the same command, kept with the docs.
        Path kept = Path.of("..", "docs", "runs", "x86_64-default-matrix-guards-19");
        var first = MatrixComparison.forksByTest(kept.resolve("reference-tree-bin-race-cheaper-walk.bin.gz"));
        var second = MatrixComparison.forksByTest(kept.resolve("reference-tree-bin-race-cheaper-walk-2.bin.gz"));

        assertThat(MatrixComparison.compare(first, MatrixComparison.asRun(first)))
                .contains("| maps.TreeBinRace.PlainHashMap | 68 | 33,750,944 | 68 | 33,750,944 | 29 | none | 4 | none "
                        + "| none |");
        // The rerun missed `lost 20`, seen once in the first: no profile can be held to find what the matrix
        // itself does not find again.
        String rerun = summaryOf(MatrixComparison.compare(first, MatrixComparison.asRun(second)));
        assertThat(rerun).contains("| 29 | `tree, lost 20` (1 in 1 of 68 forks;");
        // Seen once in 33.8 M samples, 0.94 expected in the rerun: lost, but as chance allows.
        assertThat(lastCell(rerun)).isEqualTo("none");
        // Two forks of the rerun never returned: a whole fork's outcome, weighed by forks (68 against 68), not by
        // samples (which would make it 2.1).
        assertThat(MatrixComparison.compare(second, MatrixComparison.asRun(first))).contains(
                "`did not terminate` (2 in 2 of 68 forks; 2.0 expected in the run, missed by chance at least 14% of "
                        + "the time)");
    }

    @Test
    void onlyAMissThatChanceWouldAllowLessThanOnceInAHundredIsLostBeyondChance() {
        assertThat(MatrixComparison.beyondChance(4.0)).isFalse();
        assertThat(MatrixComparison.beyondChance(5.0)).isTrue();
        assertThat(MatrixComparison.beyondChance(0.2)).isFalse();
    }

    @Test
    void aRunThatNeverRacedLosesTheDemonstrationsOutcomesBeyondChance() throws Exception {
        // The ConcurrentHashMap guard's forks, graded as the plain-HashMap demonstration: every sample intact.
        Path kept = Path.of("..", "docs", "runs", "x86_64-default-matrix-guards-19");
        var demonstration = MatrixComparison.forksByTest(kept.resolve("reference-tree-bin-race-cheaper-walk.bin.gz"));
        var guard = MatrixComparison.forksByTest(kept.resolve("reference-map-guards-11.bin.gz"))
                .get("org.stressharness.jcstress.maps.TreeBinRace.ConcurrentMap");
        assertThat(guard).isNotEmpty();

        String md = MatrixComparison.compare(demonstration, MatrixComparison.asRun(Map.of(TREE_BIN, guard)));

        assertThat(lastCell(summaryOf(md))).contains("`tree, lost 1` (")
                .contains("declared `\\w+, (lost|size) .*` (")
                .contains("declared `\\w+, cycle` (")
                .doesNotContain("`tree, intact`");
    }

    private static String summaryOf(String comparison) {
        return comparison.lines().filter(l -> l.startsWith("| maps.TreeBinRace.PlainHashMap |")).findFirst()
                .orElseThrow();
    }

    private static String lastCell(String row) {
        String[] cells = row.split(" \\| ");
        return cells[cells.length - 1].replaceAll(" \\|$", "");
    }
}
