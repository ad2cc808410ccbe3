package org.stressharness.cli;

import org.stressharness.results.json.ResultLines;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.suite.SuiteContract;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run assembled from what its suites streamed, for a run directory without its final {@code run.json} (the
 * harness was killed, or is still running): every planned test appears, with its result, or as an ERROR that
 * says it was running when the run stopped, or that it never ran. The run is marked incomplete.
 */
final class StreamedRun {

    static final String WAS_RUNNING = "INCOMPLETE: this test was running when the run stopped; no result";
    static final String NEVER_RAN = "the run stopped before it";

    private StreamedRun() {
    }

    static Run assemble(Path dir) {
        RunPlan plan = RunPlan.read(dir);
        List<TestResult> results = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : plan.suites().entrySet()) {
            Suite suite = Suite.parse(e.getKey());
            Path suiteDir = dir.resolve(e.getKey());
            Map<String, TestResult> got = new HashMap<>();
            new ResultLines(suiteDir.resolve(SuiteContract.RESULTS)).read().forEach(r -> got.put(r.name(), r));
            Set<String> started = new HashSet<>(SuiteContract.started(suiteDir));
            String tail = RunSession.tail(suiteDir.resolve("console.log"), 80);
            for (String test : e.getValue()) {
                TestResult r = got.get(test);
                if (r != null) {
                    results.add(r);
                } else if (started.contains(test)) {
                    results.add(new TestResult(suite.source(), test, null, Status.ERROR, 0, WAS_RUNNING, tail, null,
                            null));
                } else {
                    results.add(TestResult.notRun(suite.source(), test, NEVER_RAN));
                }
            }
        }
        return new Run(Run.SCHEMA_VERSION, plan.id(), plan.startedAt(), Instant.now().toString(), plan.profile(),
                false, plan.command(), plan.host(), List.copyOf(results));
    }
}
