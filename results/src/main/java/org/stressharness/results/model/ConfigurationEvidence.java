package org.stressharness.results.model;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
 * @param notableForks  how many of its forks showed a notable outcome: the per-fork rate of a race here is
 *                      notableForks / forks; 0 in runs recorded before it was kept (then read as 1 where
 *                      {@code notable} is not empty, a lower bound)
 */
public record ConfigurationEvidence(String configuration, int forks, long samples, Map<String, Long> notable,
                                    Replay replay, int notableForks) {

    private static final Pattern SEED = Pattern.compile(",? ?-XX:StressSeed=\\d+");

    public ConfigurationEvidence(String configuration, int forks, long samples, Map<String, Long> notable) {
        this(configuration, forks, samples, notable, null, notable.isEmpty() ? 0 : 1);
    }

    public ConfigurationEvidence(String configuration, int forks, long samples, Map<String, Long> notable,
                                 Replay replay) {
        this(configuration, forks, samples, notable, replay, notable.isEmpty() ? 0 : 1);
    }

    /**
     * The JVM configuration without its stress seed: compile modes and flag set. Forks with C2's randomizers each
     * draw a seed, so each is a configuration of its own; what breaks an idiom is the family (the flags and which
     * actor runs in which compiler), and the seed is what a fresh fork draws anew.
     */
    public String family() {
        return familyOf(configuration);
    }

    /** {@link #family()} of a configuration as jcstress results name it. */
    public static String familyOf(String configuration) {
        return SEED.matcher(configuration).replaceAll("");
    }

    /**
     * The forks a demonstration needed per break in a family where {@code broke} of its {@code forks} broke: the
     * inverse of its per-fork rate there, rounded up (1 where every fork broke). A guard that ran this many forks
     * there would have broken, at that rate, with a chance of at least 1 - 1/e (63%).
     */
    public static int forksPerBreak(int forks, int broke) {
        return broke <= 0 ? Integer.MAX_VALUE : (forks + broke - 1) / broke;
    }

    /** Whether its forks ran C2's randomizers, each with a seed of its own. */
    public boolean randomized() {
        return SEED.matcher(configuration).find();
    }

    /** The forks that showed a notable outcome, where the run recorded them; else at least one where any did. */
    public int forksShowing() {
        return notableForks > 0 ? notableForks : notable == null || notable.isEmpty() ? 0 : 1;
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
