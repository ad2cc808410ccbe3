package org.stressharness.jcstress.engine;

import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.os.SchedulingClass;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.OutcomeCount;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a test's time budget buys after the matrix (the nightly profile, compiler-reordering topics): more forks in
 * the configurations where the test's notable outcomes showed in this run, each randomized one with a fresh stress
 * seed (the seed decides C2's schedule, and a reordering shows under some seeds and not others); when none showed
 * (a guard, or a demonstration that did not fire), the randomized configurations, where compiler reorderings show on
 * x86 (docs/jcstress.md has the measurements), so a guard races under the schedules that break its demonstration.
 * Also where a demonstration's forks until seen run ({@link #chase}) and what the nightly ones look for
 * ({@link #unseenInteresting}).
 */
final class FavouredForks {

    private static final Pattern SEED = Pattern.compile("-XX:StressSeed=\\d+");

    /** A configuration without its stress seed: its JVM arguments, compile mode and scheduling class. */
    record Favoured(List<String> jvmArgs, boolean randomized, int compileMode, SchedulingClass schedulingClass) {
    }

    private FavouredForks() {
    }

    /** The configurations to repeat, from the forks the test has run so far, in the order they first ran. */
    static List<Favoured> of(List<TestResult> forks, TestInfo info) {
        Map<List<Object>, Favoured> showing = new LinkedHashMap<>();
        Map<List<Object>, Favoured> randomized = new LinkedHashMap<>();
        for (TestResult fork : forks) {
            Favoured f = favoured(fork);
            if (f == null) {
                continue;
            }
            if (f.randomized()) {
                randomized.putIfAbsent(key(f), f);
            }
            if (showsNotable(fork, info)) {
                showing.putIfAbsent(key(f), f);
            }
        }
        return List.copyOf((showing.isEmpty() ? randomized : showing).values());
    }

    /**
     * Where the forks until seen run: the randomized configurations that showed the most distinct notable outcomes
     * of the test so far (all of them where none showed any), in the order they first ran. Only randomized ones:
     * they look for what has not shown yet, and a fixed-flag configuration compiles each fork much as the last,
     * while each new stress seed gives C2 another schedule (ReleaseFenceAfterFlag's rarest outcome showed only under
     * the randomizers in the reference matrix, docs/runs/x86_64-default-matrix-9).
     */
    static List<Favoured> chase(List<TestResult> forks, TestInfo info) {
        Map<List<Object>, Favoured> configurations = new LinkedHashMap<>();
        Map<List<Object>, Set<String>> shown = new HashMap<>();
        for (TestResult fork : forks) {
            Favoured f = favoured(fork);
            if (f == null || !f.randomized()) {
                continue;
            }
            configurations.putIfAbsent(key(f), f);
            shown.computeIfAbsent(key(f), k -> new HashSet<>()).addAll(notableOutcomes(fork, info));
        }
        int most = shown.values().stream().mapToInt(Set::size).max().orElse(0);
        return configurations.entrySet().stream().filter(e -> shown.get(e.getKey()).size() == most)
                .map(Map.Entry::getValue).toList();
    }

    /** The outcomes the test declares ACCEPTABLE_INTERESTING that none of {@code forks} has shown yet. */
    static List<String> unseenInteresting(List<TestResult> forks, TestInfo info) {
        Map<String, Long> counts = new HashMap<>();
        boolean nonTermination = ResultConverter.gradesNonTermination(info);
        for (TestResult fork : forks) {
            ResultConverter.countsOf(fork, nonTermination).forEach((k, v) -> counts.merge(k, v, Long::sum));
        }
        return ResultConverter.outcomes(info, counts).stream()
                .filter(o -> o.count() == 0 && o.expect() == Expectation.ACCEPTABLE_INTERESTING)
                .map(OutcomeCount::outcome).toList();
    }

    private static Favoured favoured(TestResult fork) {
        TestConfig c = fork.getConfig();
        return c == null ? null : withoutSeed(c.jvmArgs, c.getCompileMode(), c.getSchedulingClass());
    }

    /** A configuration as its forks ran it, its stress seed left out (randomized: it had one). */
    static Favoured withoutSeed(List<String> jvmArgs, int compileMode, SchedulingClass schedulingClass) {
        List<String> args = jvmArgs.stream().filter(a -> !SEED.matcher(a).matches()).toList();
        return new Favoured(args, args.size() != jvmArgs.size(), compileMode, schedulingClass);
    }

    /** A configuration's identity across forks: its JVM arguments without the seed, and its compile mode. */
    private static List<Object> key(Favoured f) {
        return List.of(f.jvmArgs(), f.compileMode());
    }

    /** One fork in each favoured configuration, numbered from {@code firstFork}; randomized ones with a new seed. */
    static List<TestConfig> round(Options options, TestInfo info, List<Favoured> favoured, int firstFork) {
        List<TestConfig> round = new ArrayList<>();
        for (Favoured f : favoured) {
            List<String> args = new ArrayList<>(f.jvmArgs());
            if (f.randomized()) {
                args.add("-XX:StressSeed=" + ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE));
            }
            round.add(new TestConfig(options, info, firstFork + round.size(), args, f.compileMode(),
                    f.schedulingClass()));
        }
        return round;
    }

    /** Whether the fork saw an outcome the test grades other than plainly acceptable. */
    static boolean showsNotable(TestResult fork, TestInfo info) {
        return !notableOutcomes(fork, info).isEmpty();
    }

    /** The outcomes the fork saw that the test grades other than plainly acceptable. */
    private static Set<String> notableOutcomes(TestResult fork, TestInfo info) {
        Map<String, Long> counts = ResultConverter.countsOf(fork, ResultConverter.gradesNonTermination(info));
        return ResultConverter.outcomes(info, counts).stream()
                .filter(o -> o.count() > 0 && o.expect() != Expectation.ACCEPTABLE)
                .map(OutcomeCount::outcome).collect(Collectors.toSet());
    }
}
