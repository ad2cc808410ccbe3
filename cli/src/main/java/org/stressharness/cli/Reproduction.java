package org.stressharness.cli;

import org.stressharness.results.json.ResultLines;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.model.VerdictLabel;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-runs one test in fresh suite JVMs, attempt after attempt, until what it looks for is seen or time is up.
 * Used by {@code harness reproduce} and by the benchmarks' time-to-detection figures.
 *
 * @param outcome   the jcstress outcome to look for, or null for "the recorded verdict" (any interesting or
 *                  forbidden outcome for jcstress; the same non-PASSED status otherwise)
 * @param extraArgs further suite options the run was made with (the scenarios' --heap, --gc, --heap-dump, --jfr)
 * @param team      the team's own tests the run was made with, if any
 */
record Reproduction(HarnessHome home, Suite suite, String testName, Status recordedStatus, String outcome,
                    Profile profile, String map, List<String> classpath, List<String> extraArgs, TeamTests team) {

    /**
     * What the attempts found.
     *
     * @param attempts the attempts that ran to a result: the evidence behind "not reproduced"
     * @param error    why an attempt gave no evidence (its JVM crashed, or ended without a result for the test, or
     *                 the test itself ended in ERROR), null when every attempt did; an attempt stopped by the time
     *                 limit after earlier ones ran is left out, not an error
     */
    record Outcome(boolean observed, long hits, long samples, int attempts, Duration took, String error) {

        static Outcome broken(String why, long samples, int attempts, Duration took) {
            return new Outcome(false, 0, samples, attempts, took, why);
        }
    }

    Outcome run(Path workDir, boolean untilObserved, Duration limit, PrintStream console) {
        long t0 = System.nanoTime();
        long samples = 0;
        long hits = 0;
        int attempt = 0;
        while (true) {
            attempt++;
            Duration left = limit.minus(Duration.ofNanos(System.nanoTime() - t0));
            // Absolute: the suite runs in this directory, so a relative --out would be resolved twice.
            Path dir = workDir.resolve("attempt-" + attempt).toAbsolutePath();
            List<String> args = new ArrayList<>(List.of("--profile", profile.id(), "--out", dir.toString(),
                    "--only", "^" + Pattern.quote(testName) + "$"));
            if (map != null) {
                args.addAll(List.of("--map", map));
            }
            args.addAll(extraArgs);
            // The last attempt may overrun the limit by up to a minute rather than be cut off with nothing.
            Duration attemptLimit = left.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : left;
            int exit = new SuiteFork(suite, home, dir, classpath, args, team).run(attemptLimit, console);
            List<TestResult> results = new ResultLines(dir.resolve("results.jsonl")).read().stream()
                    .filter(r -> r.name().equals(testName)).toList();
            String broken = broken(exit, results);
            if (broken != null) {
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                boolean cutByLimit = exit == SuiteFork.SUITE_TIMED_OUT && results.isEmpty() && attempt > 1;
                return cutByLimit ? new Outcome(false, 0, samples, attempt - 1, took, null)
                        : Outcome.broken("attempt " + attempt + " (" + dir + "): " + broken, samples, attempt - 1,
                        took);
            }
            for (TestResult r : results) {
                if (r.jcstress() != null) {
                    samples += r.jcstress().samples();
                    hits += r.jcstress().outcomes().stream().filter(this::wanted).mapToLong(OutcomeCount::count).sum();
                } else {
                    samples++;
                    hits += matchesStatus(r) ? 1 : 0;
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            if (hits > 0 || !untilObserved || took.compareTo(limit) >= 0) {
                return new Outcome(hits > 0, hits, samples, attempt, took, null);
            }
        }
    }

    /**
     * Why an attempt is no evidence either way, or null when it is: the suite's JVM must end cleanly with the test's
     * result, and that result must be a verdict (an ERROR is a fault of the attempt, unless an ERROR is what is
     * being reproduced).
     */
    private String broken(int exit, List<TestResult> results) {
        if (results.isEmpty()) {
            return "no result for the test: the suite's JVM " + (exit == SuiteFork.SUITE_TIMED_OUT
                    ? "was stopped at the time limit" : "exited with " + exit) + " (see its console.log)";
        }
        if (exit != 0) {
            return "the suite's JVM exited with " + exit;
        }
        return results.stream().filter(r -> r.status() == Status.ERROR && recordedStatus != Status.ERROR)
                .findFirst().map(r -> "the test ended in ERROR: " + r.message()).orElse(null);
    }

    private boolean wanted(OutcomeCount o) {
        return wanted(outcome, o.outcome(), o.expect());
    }

    /**
     * Whether an outcome is what a reproduction looks for: the one asked for (brackets and spaces aside), or, when
     * none was asked for, any interesting or forbidden one.
     */
    static boolean wanted(String asked, String outcome, Expectation grade) {
        if (asked != null) {
            return outcome.replaceAll("[\\s\\[\\]]", "").equals(asked.replaceAll("[\\s\\[\\]]", ""));
        }
        return grade == Expectation.FORBIDDEN || grade == Expectation.ACCEPTABLE_INTERESTING;
    }

    /** As statuses read: a run kept before NOT_OBSERVED existed recorded PASSED for what is NOT_OBSERVED now. */
    private boolean matchesStatus(TestResult r) {
        return VerdictLabel.statusOf(r) == recordedStatus;
    }
}
