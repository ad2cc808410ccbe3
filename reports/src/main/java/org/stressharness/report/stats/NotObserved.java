package org.stressharness.report.stats;

import org.stressharness.results.model.JcstressDetail;
import org.stressharness.report.text.Figures;

/**
 * What "never observed" is worth. Samples inside one jcstress fork are not independent: they share the fork's
 * JIT compilation, CPU placement and JVM configuration, and whether a race shows at all depends on those. So no
 * bound is put on a per-sample probability. The forks are the independent units: with F forks and none showing
 * the outcome, with 95% confidence fewer than 1 - 0.05^(1/F) of forks run the same way would show it. That
 * bound holds only for the configurations that were run.
 */
public final class NotObserved {

    private NotObserved() {
    }

    /**
     * The 95% upper bound on the share of forks that would show an outcome none of {@code forks} showed; 1 for none.
     */
    public static double forkBound(int forks) {
        return forks <= 0 ? 1.0 : 1.0 - Math.pow(0.05, 1.0 / forks);
    }

    /**
     * E.g. "not observed in 1,234,567 samples from 28 forks in 14 JVM configurations (95%: fewer than 10.2% of
     * forks in these configurations would show it)".
     */
    public static String describe(long samples, int forks, int configurations) {
        if (samples <= 0) {
            return "not observed (no samples taken)";
        }
        String seen = "not observed in " + Figures.count(samples) + " samples";
        if (forks <= 0) {
            return seen + " (forks not recorded: no bound stated, samples within a fork are not independent)";
        }
        String from = " from " + forks + (forks == 1 ? " fork" : " forks")
                + (configurations > 0 ? " in " + configurations + " JVM configuration" + (configurations == 1
                ? "" : "s")
                : "");
        return seen + from + " (95%: fewer than " + Figures.percent(forkBound(forks))
                + " of forks in " + (configurations == 1 ? "this configuration" : "these configurations")
                + " would show it)";
    }

    public static String describe(JcstressDetail d) {
        return describe(d.samples(), d.forks(), d.jvmConfigurations());
    }
}
