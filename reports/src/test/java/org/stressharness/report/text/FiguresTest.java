package org.stressharness.report.text;

import org.junit.jupiter.api.Test;
import org.stressharness.report.stats.RuleOfThree;

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
    void ruleOfThreeBound() {
        assertThat(RuleOfThree.upperBound(3_000_000)).isEqualTo(1e-6);
        assertThat(RuleOfThree.upperBound(2)).isEqualTo(1.0);
        assertThat(RuleOfThree.upperBound(0)).isEqualTo(1.0);
        assertThat(RuleOfThree.describe(3_000_000)).isEqualTo("not observed in 3,000,000 samples (p < 1.00e-06 at 95%)");
    }

    @Test
    void fastFormattingMatchesFormatter() {
        // values away from binary rounding ties (2.675 is 2.67499... in binary; either rounding is fine on a page)
        double[] values = {0, 0.5, 1.26, 2.6751, 99.9951, 123456.789, 1e-3, 7.0, 0.05, 1234.5678};
        for (double v : values) {
            for (int d = 0; d <= 4; d++) {
                assertThat(Figures.fixed(v, d)).as("%s to %d places", v, d)
                        .isEqualTo(new java.math.BigDecimal(v).setScale(d, java.math.RoundingMode.HALF_UP).toPlainString());
            }
        }
        assertThat(Figures.fixed(-1.5, 1)).isEqualTo("-1.5");
        double[] small = {1.5e-6, 3e-7, 9.999e-5, 1e-10, 0.00123, 4.56e-8};
        for (double v : small) {
            assertThat(Figures.scientific(v)).isEqualTo(String.format(java.util.Locale.ROOT, "%.2e", v));
        }
    }
}
