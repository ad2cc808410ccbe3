package org.stressharness.results;

import org.stressharness.results.model.ClassFootprint;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.HeapSample;
import org.stressharness.results.model.Host;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.LincheckDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.ScenarioDetail;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built runs and results: for renderer, compare and diff tests, and for the rendering benchmark. */
public final class SyntheticRuns {

    private SyntheticRuns() {
    }

    public static Host host(String arch, String jvmVersion) {
        return new Host(arch, "Linux 6.1", "Test CPU @ 2.0GHz", 2, 8L << 30, "Eclipse Adoptium", jvmVersion, "G1",
                true);
    }

    public static Run run(String id, Host host, List<TestResult> results) {
        return new Run(Run.SCHEMA_VERSION, id, "2026-01-01T00:00:00Z", "2026-01-01T00:07:30Z", "smoke", true,
                List.of("harness", "run", "--profile", "smoke"), host, results);
    }

    public static OutcomeCount outcome(String outcome, long count, Expectation expect) {
        return new OutcomeCount(outcome, count, expect, "the " + outcome + " case");
    }

    public static TestResult jcstress(String name, Status status, long samples, OutcomeCount... outcomes) {
        return new TestResult(Source.JCSTRESS, name, "what " + name + " shows", status, 1200,
                status == Status.PASSED ? null : status + " in " + name, null, null,
                new JcstressDetail(samples, List.of(outcomes), List.of("-XX:+UseG1GC"), "jcstress/" + name + ".html"));
    }

    public static TestResult lincheck(String name, Status status, String trace) {
        return new TestResult(Source.LINCHECK, name, "linearizability of " + name, status, 3400,
                trace == null ? null : "incorrect results", null, null,
                        new LincheckDetail("model-checking", "java.util.HashMap", Map.of("invocations", 1000), false,
                        trace == null ? null : "incorrect results", trace));
    }

    public static TestResult scenario(String name, Status status, double elementsAtOom, double alertElements) {
        List<HeapSample> series = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            long elements = (long) (elementsAtOom * i / 100);
            series.add(new HeapSample(elements, 1_000_000 + elements * 64, i * 10L));
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("elementsAtOom", elementsAtOom);
        metrics.put("oom", 1.0);
        metrics.put("heapMaxBytes", 1_000_000 + elementsAtOom * 64 * 1.1);
        metrics.put("bytesPerElement", 64.0);
        metrics.put("alertElements", alertElements);
        metrics.put("gcTimeMs", 123.0);
        return new TestResult(Source.SCENARIO, name, "fill a map until the heap is gone", status, 5000, null, null,
                null, new ScenarioDetail(metrics, series,
                List.of(new ClassFootprint("java.util.HashMap$Node", 1000, 32000)),
                        List.of("-Xmx64m", "-XX:+UseG1GC")));
    }

    /** A run of every kind: one of each status, documented outcomes seen and unseen. */
    public static Run mixed(String id, Host host) {
        return run(id, host, List.of(
                jcstress("org.example.RacyCounter", Status.INTERESTING, 1_000_000,
                        outcome("1", 999_000, Expectation.ACCEPTABLE),
                        outcome("0", 1_000, Expectation.ACCEPTABLE_INTERESTING)),
                jcstress("org.example.SafePublication", Status.PASSED, 2_000_000,
                        outcome("1, 1", 2_000_000, Expectation.ACCEPTABLE),
                        outcome("1, 0", 0, Expectation.FORBIDDEN)),
                jcstress("org.example.BrokenLock", Status.FAILED, 500_000,
                        outcome("2", 499_990, Expectation.ACCEPTABLE),
                        outcome("1", 10, Expectation.FORBIDDEN)),
                lincheck("HashMapLinearizability.modelChecking", Status.FAILED, "= Invalid execution results =\n| "
                        + "put(1, 2) |"),
                lincheck("ConcurrentHashMapLinearizability.modelChecking", Status.PASSED, null),
                scenario("hashmap-default", Status.PASSED, 800_000, 600_000),
                TestResult.error(Source.SCENARIO, "treemap-small", "fork died", "java.lang.InternalError: boom")));
    }

    /** Mostly jcstress tests, a tenth scenarios with 100-point series; a few hundred failures. */
    public static Run large(int n) {
        List<TestResult> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i % 10 == 0) {
                results.add(scenario("scenario-" + i, Status.PASSED, 100_000 + i, 50_000 + i));
            } else {
                Status st = i % 17 == 0 ? Status.FAILED : i % 5 == 0 ? Status.INTERESTING : Status.PASSED;
                results.add(jcstress("org.example.generated.Test" + i, st, 1_000_000L + i,
                        outcome("0, 0", 1_000_000L + i - i % 1000, Expectation.ACCEPTABLE),
                        outcome("0, 1", i % 1000, Expectation.ACCEPTABLE_INTERESTING),
                        outcome("1, 0", st == Status.FAILED ? 3 : 0, Expectation.FORBIDDEN),
                        outcome("1, 1", 0, Expectation.FORBIDDEN)));
            }
        }
        return run("large", host("x86_64", "17.0.15"), results);
    }
}
