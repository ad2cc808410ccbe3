package org.stressharness.results.model;

import java.util.List;
import java.util.Map;

/**
 * What one JVM configuration of a jcstress test produced: whether a race shows depends on the configuration
 * (compile mode of each actor, JVM flags such as the C2 stress randomizers and their seed), so a rare outcome is
 * reported with the configurations it came from.
 *
 * @param configuration the JVM arguments and each actor's compile mode, as jcstress describes them
 * @param forks         forks run in it
 * @param samples       samples they took
 * @param notable       per outcome that is not plain ACCEPTABLE (interesting, forbidden or ungraded), its count
 *                      in this configuration; outcomes never seen here are left out
 * @param replay        what it takes to run this configuration again, stress seed included; null in runs
 *                      recorded before it was kept
 */
public record ConfigurationEvidence(String configuration, int forks, long samples, Map<String, Long> notable,
                                    Replay replay) {

    public ConfigurationEvidence(String configuration, int forks, long samples, Map<String, Long> notable) {
        this(configuration, forks, samples, notable, null);
    }

    /**
     * A configuration exactly as the suite ran it.
     *
     * @param jvmArgs     the fork's JVM arguments (including {@code -XX:StressSeed=N} where the C2 randomizers
     *                    ran)
     * @param compileMode jcstress's encoding of each actor's compiler (interpreter, C1, C2, or all alike)
     */
    public record Replay(List<String> jvmArgs, int compileMode) {
        public Replay {
            jvmArgs = List.copyOf(jvmArgs);
        }
    }

    /** Samples per outcome count in this configuration: its observed rate, 0 when not seen here. */
    public double rate(String outcome) {
        return samples == 0 ? 0 : notable.getOrDefault(outcome, 0L) / (double) samples;
    }
}
