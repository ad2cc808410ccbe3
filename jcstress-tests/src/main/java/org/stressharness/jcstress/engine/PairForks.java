package org.stressharness.jcstress.engine;

import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.os.SchedulingClass;
import org.stressharness.results.model.ConfigurationEvidence;
import org.stressharness.results.model.Status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forks a guard owes its demonstrations: a guard "held under" a race only where it ran what broke its twin. For
 * each JVM configuration family (flags and compile modes, the stress seed aside: {@link ConfigurationEvidence#family})
 * in which one of its demonstrations broke earlier in the run, the guard runs as many forks as the demonstration
 * needed there per break ({@link ConfigurationEvidence#forksPerBreak}: all its forks there over those that broke,
 * rounded up), less those its own plan already ran there, each randomized one with a fresh seed; at most
 * {@code cap} in all (the profile's budget), shared round-robin so that every family gets its first forks before any
 * gets more.
 */
final class PairForks {

    /** Forks to run in one configuration family. */
    record Owed(FavouredForks.Favoured configuration, String family, int forks) {
    }

    private PairForks() {
    }

    /**
     * @param demonstrations the guard's demonstrations that ran earlier in this run, as the run recorded them
     * @param guardForks     the guard's forks so far
     * @param cap            the most forks to run
     */
    static List<Owed> owed(List<org.stressharness.results.model.TestResult> demonstrations,
                           List<TestResult> guardForks, int cap) {
        SchedulingClass scheduling = guardForks.stream().map(TestResult::getConfig).filter(c -> c != null)
                .map(TestConfig::getSchedulingClass).findFirst().orElse(null);
        if (scheduling == null || cap <= 0) {
            return List.of();
        }
        // Per family where a demonstration broke: the most forks any of them needed there per break, and how to run it.
        Map<String, Integer> demoForks = new LinkedHashMap<>();
        Map<String, FavouredForks.Favoured> how = new HashMap<>();
        for (var demo : demonstrations) {
            if (demo.status() != Status.INTERESTING || demo.jcstress() == null) {
                continue;
            }
            Map<String, Integer> forks = new HashMap<>();
            Map<String, Integer> broke = new HashMap<>();
            for (ConfigurationEvidence c : demo.jcstress().byConfiguration() == null ? List.<ConfigurationEvidence>of()
                    : demo.jcstress().byConfiguration()) {
                forks.merge(c.family(), c.forks(), Integer::sum);
                broke.merge(c.family(), c.forksShowing(), Integer::sum);
                if (c.replay() != null) {
                    how.putIfAbsent(c.family(), FavouredForks.withoutSeed(c.replay().jvmArgs(),
                            c.replay().compileMode(), scheduling));
                }
            }
            forks.forEach((family, n) -> {
                int b = broke.getOrDefault(family, 0);
                if (b > 0 && how.containsKey(family)) {
                    demoForks.merge(family, ConfigurationEvidence.forksPerBreak(n, b), Math::max);
                }
            });
        }
        Map<String, Integer> ran = new HashMap<>();
        for (TestResult fork : guardForks) {
            if (fork.getConfig() != null) {
                ran.merge(ConfigurationEvidence.familyOf(ResultConverter.describe(fork.getConfig())), 1, Integer::sum);
            }
        }
        Map<String, Integer> owed = new LinkedHashMap<>();
        demoForks.forEach((family, n) -> {
            int left = n - ran.getOrDefault(family, 0);
            if (left > 0) {
                owed.put(family, left);
            }
        });
        Map<String, Integer> granted = new LinkedHashMap<>();
        int total = 0;
        boolean more = true;
        while (more && total < cap) {
            more = false;
            for (Map.Entry<String, Integer> e : owed.entrySet()) {
                int got = granted.getOrDefault(e.getKey(), 0);
                if (got < e.getValue() && total < cap) {
                    granted.put(e.getKey(), got + 1);
                    total++;
                    more = true;
                }
            }
        }
        List<Owed> result = new ArrayList<>();
        granted.forEach((family, n) -> result.add(new Owed(how.get(family), family, n)));
        return result;
    }

    /** One fork in each configuration family still owed: a round of a test's budget. */
    static List<Owed> onceEach(List<Owed> owed) {
        return owed.stream().map(o -> new Owed(o.configuration(), o.family(), 1)).toList();
    }

    /** The fork list for what is owed: one {@link FavouredForks#round} per fork, numbered from {@code firstFork}. */
    static List<TestConfig> forks(org.openjdk.jcstress.Options options, org.openjdk.jcstress.infra.TestInfo info,
                                  List<Owed> owed, int firstFork) {
        List<FavouredForks.Favoured> each = new ArrayList<>();
        owed.forEach(o -> {
            for (int i = 0; i < o.forks(); i++) {
                each.add(o.configuration());
            }
        });
        return FavouredForks.round(options, info, each, firstFork);
    }
}
