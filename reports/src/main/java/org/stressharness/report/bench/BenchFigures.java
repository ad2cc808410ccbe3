package org.stressharness.report.bench;

import org.stressharness.report.bench.BenchReport.GuardBound;
import org.stressharness.report.bench.BenchReport.LincheckThroughput;
import org.stressharness.report.stats.NotObserved;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.ScenarioMetrics;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.TestResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the bench reads off a finished run, beside the report that shows it: the guards' bounds, Lincheck's
 * throughput, a demonstration's racy samples and first sighting, a scenario's time. The bench command only runs
 * things; every figure it reports is derived here.
 */
public final class BenchFigures {

    private BenchFigures() {
    }

    /** The run's results of one suite. */
    public static List<TestResult> ofSource(Run run, Source source) {
        return run.results().stream().filter(r -> r.source() == source).toList();
    }

    /** Samples with an interesting outcome: where a demonstration broke. */
    public static long racy(TestResult r) {
        return r.jcstress().outcomes().stream().filter(o -> o.expect() == Expectation.ACCEPTABLE_INTERESTING)
                .mapToLong(OutcomeCount::count).sum();
    }

    /** A jcstress test that declares an interesting outcome. */
    public static boolean isDemonstration(TestResult r) {
        return r.jcstress() != null && r.jcstress().outcomes().stream()
                .anyMatch(o -> o.expect() == Expectation.ACCEPTABLE_INTERESTING);
    }

    /** When the run first held any interesting outcome of the test, in seconds from its start; null if not recorded. */
    public static Double secondsToFirstInteresting(TestResult r) {
        return r.jcstress().earliest(r.jcstress().outcomes().stream()
                        .filter(o -> o.expect() == Expectation.ACCEPTABLE_INTERESTING && o.count() > 0)
                        .map(OutcomeCount::outcome).toList())
                .map(f -> f.afterMs() / 1000.0).orElse(null);
    }

    /** Each guard that never showed its forbidden outcome, with the bound its forks put on it. */
    public static List<GuardBound> guards(Profile profile, Run run) {
        List<GuardBound> bounds = new ArrayList<>();
        for (TestResult r : ofSource(run, Source.JCSTRESS)) {
            if (r.jcstress() == null || isDemonstration(r) || r.jcstress().samples() == 0) {
                continue;
            }
            boolean forbiddenSeen = r.jcstress().outcomes().stream()
                    .anyMatch(o -> o.expect() == Expectation.FORBIDDEN && o.count() > 0);
            if (!forbiddenSeen) {
                bounds.add(new GuardBound(profile.id(), r.name(), r.jcstress().samples(), r.jcstress().forks(),
                        NotObserved.forkBound(r.jcstress().forks())));
            }
        }
        return bounds;
    }

    /** Each Lincheck check's invocations per second (NaN where it failed: it stopped early). */
    public static List<LincheckThroughput> lincheck(Profile profile, Run run) {
        List<LincheckThroughput> rows = new ArrayList<>();
        for (TestResult r : ofSource(run, Source.LINCHECK)) {
            if (r.lincheck() == null) {
                continue;
            }
            double seconds = r.durationMs() / 1000.0;
            double invocations = invocations(r.lincheck().options());
            boolean failed = r.lincheck().failureText() != null;
            rows.add(new LincheckThroughput(profile.id(), r.name(), r.lincheck().strategy(),
                    r.lincheck().expectFailure(), failed, seconds, failed ? Double.NaN : invocations,
                    failed || seconds == 0 ? Double.NaN : invocations / seconds));
        }
        return rows;
    }

    /** Iterations times invocations per iteration, as Lincheck's options were recorded; NaN when not recorded. */
    static double invocations(Map<String, Object> options) {
        double iterations = number(options, "iterations");
        double perIteration = number(options, "invocationsperiteration");
        if (Double.isNaN(perIteration)) {
            perIteration = number(options, "invocations");
        }
        return iterations * perIteration;
    }

    /** A scenario's time: until its OutOfMemoryError when it had one, else the whole child. */
    public static double seconds(TestResult r) {
        double oomAt = metric(r, ScenarioMetrics.OOM_AT_MS);
        return Double.isNaN(oomAt) ? r.durationMs() / 1000.0 : oomAt / 1000.0;
    }

    /** A scenario's metric, NaN when it has none. */
    public static double metric(TestResult r, String key) {
        Double v = r.scenario() == null ? null : r.scenario().metrics().get(key);
        return v == null ? Double.NaN : v;
    }

    private static double number(Map<String, Object> options, String key) {
        if (options == null) {
            return Double.NaN;
        }
        for (Map.Entry<String, Object> e : options.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(key) && e.getValue() instanceof Number n) {
                return n.doubleValue();
            }
        }
        return Double.NaN;
    }
}
