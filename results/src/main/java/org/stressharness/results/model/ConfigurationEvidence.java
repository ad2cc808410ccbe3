package org.stressharness.results.model;

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
 */
public record ConfigurationEvidence(String configuration, int forks, long samples, Map<String, Long> notable) {
}
