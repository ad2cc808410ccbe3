package org.stressharness.report.stats;

/**
 * What a guard's forks are worth where its demonstration broke. Forks are the independent units (samples inside
 * one fork share its compilation): a demonstration that broke in {@code b} of {@code n} forks of one configuration
 * breaks there at a per-fork rate estimated by {@code b/n}, and a guard whose {@code g} forks there all held would
 * have shown a break with probability {@code 1 - (1 - p)^g} if it raced as its twin did. The estimate from a few
 * forks is weak, so the power is also given at the rate's 95% lower bound (Clopper-Pearson, one-sided).
 */
public final class ForkPower {

    private ForkPower() {
    }

    /** The chance that {@code forks} forks show a break at per-fork rate {@code rate}. */
    public static double power(double rate, int forks) {
        return forks <= 0 ? 0 : 1 - Math.pow(1 - Math.min(1, Math.max(0, rate)), forks);
    }

    /**
     * The one-sided 95% lower bound on a per-fork rate after {@code broke} of {@code forks} forks broke: the rate at
     * which at least {@code broke} breaks would come up only 5% of the time; 0 when none broke.
     */
    public static double lowerBound(int broke, int forks) {
        if (broke <= 0 || forks <= 0) {
            return 0;
        }
        if (broke >= forks) {
            return Math.pow(0.05, 1.0 / forks);
        }
        double lo = 0;
        double hi = (double) broke / forks;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (atLeast(broke, forks, mid) < 0.05) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** P(X >= k) for X ~ Binomial(n, p). */
    static double atLeast(int k, int n, double p) {
        double below = 0;
        double term = Math.pow(1 - p, n); // P(X = 0)
        for (int i = 0; i < k; i++) {
            below += term;
            term *= (double) (n - i) / (i + 1) * p / (1 - p);
        }
        return Math.max(0, 1 - below);
    }
}
