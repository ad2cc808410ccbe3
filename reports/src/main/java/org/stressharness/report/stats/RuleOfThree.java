package org.stressharness.report.stats;

import org.stressharness.report.text.Figures;

/**
 * What "never observed in N samples" is worth: with 95% confidence the outcome's probability per sample
 * is below 3/N (the rule of three, a close approximation of the exact bound 1 - 0.05^(1/N) for N of 30 and up).
 */
public final class RuleOfThree {

    private RuleOfThree() {
    }

    /** The 95% upper bound on the probability of an outcome never seen in {@code samples}; 1 when none were taken. */
    public static double upperBound(long samples) {
        return samples <= 0 ? 1.0 : Math.min(1.0, 3.0 / samples);
    }

    /** "not observed in 1,234,567 samples (p &lt; 2.43e-6 at 95%)", or a note that nothing was sampled. */
    public static String describe(long samples) {
        if (samples <= 0) {
            return "not observed (no samples taken)";
        }
        return "not observed in " + Figures.count(samples) + " samples (p < "
                + Figures.probability(upperBound(samples)) + " at 95%)";
    }
}
