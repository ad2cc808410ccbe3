package org.stressharness.cli;

import org.stressharness.results.json.ResultLines;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

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
 */
record Reproduction(HarnessHome home, Suite suite, String testName, Status recordedStatus, String outcome,
                    Profile profile, String map, List<String> classpath, List<String> extraArgs) {

    /** What the attempts found. */
    record Outcome(boolean observed, long hits, long samples, int attempts, Duration took) {
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
            new SuiteFork(suite, home, dir, classpath, args).run(attemptLimit, console);
            for (TestResult r : new ResultLines(dir.resolve("results.jsonl")).read()) {
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
                return new Outcome(hits > 0, hits, samples, attempt, took);
            }
        }
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

    private boolean matchesStatus(TestResult r) {
        return r.status() == recordedStatus;
    }
}
