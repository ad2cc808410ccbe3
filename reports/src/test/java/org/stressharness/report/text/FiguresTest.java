package org.stressharness.report.text;

import org.junit.jupiter.api.Test;
import org.stressharness.report.stats.NotObserved;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void countsGroupThousands() {
        assertThat(Figures.count(0)).isEqualTo("0");
        assertThat(Figures.count(999)).isEqualTo("999");
        assertThat(Figures.count(1000)).isEqualTo("1,000");
        assertThat(Figures.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(Figures.count(-1_234)).isEqualTo("-1,234");
        assertThat(Figures.count(Long.MAX_VALUE)).isEqualTo(String.format("%,d", Long.MAX_VALUE));
    }

    @Test
    void percentagesKeepRareOutcomesVisible() {
        assertThat(Figures.percent(0)).isEqualTo("0%");
        assertThat(Figures.percent(0.5)).isEqualTo("50.00%");
        assertThat(Figures.percent(0.0025)).isEqualTo("0.2500%");
        assertThat(Figures.percent(3e-9)).isEqualTo("3.00e-07%");
    }

    @Test
    void bytesUseBinaryUnits() {
        assertThat(Figures.bytes(512)).isEqualTo("512 B");
        assertThat(Figures.bytes(16 * 1024 * 1024)).isEqualTo("16.0 MiB");
    }

    @Test
    void notObservedIsBoundedOverForksNotSamples() {
        assertThat(NotObserved.forkBound(28)).isCloseTo(0.1015, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(NotObserved.forkBound(1)).isCloseTo(0.95, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(NotObserved.forkBound(0)).isEqualTo(1.0);
        assertThat(NotObserved.describe(3_000_000, 28, 14)).isEqualTo("not observed in 3,000,000 samples from 28 forks "
                + "in 14 JVM configurations (95%: fewer than " + Figures.percent(NotObserved.forkBound(28))
                + " of forks in these configurations would show it)");
        assertThat(NotObserved.describe(3_000_000, 1, 1)).isEqualTo("not observed in 3,000,000 samples from 1 fork "
                + "in 1 JVM configuration (95%: fewer than 95.00% of forks in this configuration would show it)");
        assertThat(NotObserved.describe(3_000_000, 0, 0)).startsWith("not observed in 3,000,000 samples (forks not "
                + "recorded: no bound stated");
        // Millions of samples do not tighten the bound: the forks do.
        assertThat(NotObserved.describe(3_000_000_000L, 1, 1)).doesNotContain("e-0");
    }

    @Test
    void fastFormattingMatchesFormatter() {
        // values away from binary rounding ties (2.675 is 2.67499... in binary; either rounding is fine on a page)
        double[] values = {0, 0.5, 1.26, 2.6751, 99.9951, 123456.789, 1e-3, 7.0, 0.05, 1234.5678};
        for (double v : values) {
            for (int d = 0; d <= 4; d++) {
                assertThat(Figures.fixed(v, d)).as("%s to %d places", v, d)
                        .isEqualTo(new java.math.BigDecimal(v).setScale(d,
                                java.math.RoundingMode.HALF_UP).toPlainString());
            }
        }
        assertThat(Figures.fixed(-1.5, 1)).isEqualTo("-1.5");
        double[] small = {1.5e-6, 3e-7, 9.999e-5, 1e-10, 0.00123, 4.56e-8};
        for (double v : small) {
            assertThat(Figures.scientific(v)).isEqualTo(String.format(java.util.Locale.ROOT, "%.2e", v));
        }
    }
}
