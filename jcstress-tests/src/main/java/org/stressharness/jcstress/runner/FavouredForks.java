package org.stressharness.jcstress.runner;

import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.os.SchedulingClass;
import org.stressharness.results.model.Expectation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * What a test's time budget buys after the matrix (the nightly profile, compiler-reordering topics): more forks in
 * the configurations where the test's notable outcomes showed in this run, each randomized one with a fresh stress
 * seed (the seed decides C2's schedule, and a reordering shows under some seeds and not others); when none showed
 * (a guard, or a demonstration that did not fire), the randomized configurations, where compiler reorderings show on
 * x86 (docs/jcstress.md has the measurements), so a guard races under the schedules that break its demonstration.
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
            TestConfig c = fork.getConfig();
            if (c == null) {
                continue;
            }
            List<String> args = c.jvmArgs.stream().filter(a -> !SEED.matcher(a).matches()).toList();
            boolean seeded = args.size() != c.jvmArgs.size();
            Favoured f = new Favoured(args, seeded, c.getCompileMode(), c.getSchedulingClass());
            List<Object> key = List.of(args, c.getCompileMode());
            if (seeded) {
                randomized.putIfAbsent(key, f);
            }
            if (showsNotable(fork, info)) {
                showing.putIfAbsent(key, f);
            }
        }
        return List.copyOf((showing.isEmpty() ? randomized : showing).values());
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
        Map<String, Long> counts = ResultConverter.countsOf(fork, ResultConverter.gradesNonTermination(info));
        return ResultConverter.outcomes(info, counts).stream()
                .anyMatch(o -> o.count() > 0 && o.expect() != Expectation.ACCEPTABLE);
    }
}
