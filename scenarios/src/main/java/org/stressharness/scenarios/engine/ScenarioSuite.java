package org.stressharness.scenarios.engine;

import org.stressharness.results.model.ProfileSettings;
import org.stressharness.results.suite.ExitCode;
import org.stressharness.results.suite.ReproduceCommandLine;
import org.stressharness.results.suite.UsageException;
import org.stressharness.results.suite.ParentWatch;

import org.stressharness.results.json.ResultLines;
import org.stressharness.results.model.FlightRecording;
import org.stressharness.results.model.ScenarioDetail;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.TestResult;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenarios' suite runner, forked by {@code harness run}:
 * {@code ScenarioSuite --profile NAME --out DIR [--only REGEX] [--map CLASS] [--list] [--heap SIZE]
 * [--gc G1|Serial|Parallel|Z] [--heap-dump]}. Runs each scenario in a child JVM of its own (two for those
 * that run into OOM: the second checks the threshold predicted for twice the heap) and appends one result
 * per scenario to {@code DIR/results.jsonl} as it finishes.
 */
public final class ScenarioSuite {

    /** Where the twins run under the flight recorder (--jfr) keep their files, beside the measured children's. */
    static final String RECORDED = "recorded";

    private ScenarioSuite() {
    }

    public static void main(String[] args) {
        ParentWatch.start();
        System.exit(run(args));
    }

    /** Runs the suite and returns the exit code (tests call this). */
    public static int run(String... args) {
        SuiteOptions options;
        try {
            options = SuiteOptions.parse(args);
        } catch (UsageException e) {
            System.err.println("scenarios: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        List<Scenario> selected;
        try {
            selected = options.select(Scenario.available(options.mapClass() != null, options.workload() != null));
            if (options.workload() != null) {
                String described = UserWorkload.describe(options.workload());
                selected = selected.stream().map(s -> s.describedAs(described)).toList();
            }
        } catch (IllegalArgumentException e) {
            System.err.println("scenarios: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (options.list()) {
            selected.forEach(s -> System.out.println(s.id()));
            return ExitCode.OK.code();
        }
        try {
            Files.createDirectories(options.out());
            ResultLines results = new ResultLines(options.out().resolve("results.jsonl"));
            ProfileSettings.Scenarios settings = ProfileSettings.of(options.profile()).scenarios();
            HeapSize containerLimit = HeapSize.parse(settings.containerLimit());
            HeapSize heap = options.heapSize();
            String target = options.workload() != null ? options.workload() : options.mapClass();
            ScenarioFork fork = new ScenarioFork(options.out(), options.collector(), options.heapDump(),
                    settings.childTimeout(), target, ScenarioFork.ownClassPath(), options.monitoring());
            // A flight recording takes some of the heap it watches (its own classes and settings stay live beside
            // the workload: a presized table planned for the free heap no longer fitted at 32m). So the measured
            // child runs without it, and a twin of it, run under the recorder, gives the recording only.
            ScenarioFork recorder = !options.jfr() ? null : new ScenarioFork(options.out().resolve(RECORDED),
                    options.collector(), false, settings.childTimeout(), target, ScenarioFork.ownClassPath(),
                    options.monitoring()).withFlightRecording();
            System.out.printf("scenarios: %d to run, heap %s (prediction at %s), simulated container limit %s, %s GC, "
                            + "profile %s%s%n",
                    selected.size(), heap, heap.times(ProfileSettings.Scenarios.PREDICTION_FACTOR), containerLimit,
                    options.collector().label(),
                    options.profile().id(), (options.monitoring() ? "" : ", GC listener and alert OFF")
                            + (recorder == null ? "" : ", each recorded in a twin child (--jfr)"));
            Map<Scenario,
                    Double> jol = JolFootprint.measure(selected.stream().filter(Scenario::hasJolSpecimen).toList(),
                    options.out(), ScenarioFork.ownClassPath(), settings.childTimeout());
            if (jol.isEmpty() && selected.stream().anyMatch(Scenario::hasJolSpecimen)) {
                System.out.println("scenarios: no JOL footprints (see jol-footprint.out.txt)");
            }
            int done = 0;
            for (Scenario scenario : selected) {
                done++;
                options.contract().announce(scenario.id());
                System.out.printf("[%d/%d] %s ... ", done, selected.size(), scenario.id());
                System.out.flush();
                HeapSize size = scenario.kind() == Scenario.Kind.CONTAINER ? containerLimit : heap;
                TestResult result = runOne(scenario, fork, recorder, size, options,
                        Optional.ofNullable(jol.get(scenario)));
                results.append(result);
                System.out.printf("%s (%.1f s) %s%n", result.status(), result.durationMs() / 1000.0,
                        result.message() == null ? "" : result.message());
            }
            return ExitCode.OK.code();
        } catch (Exception e) {
            System.err.println("scenarios: " + e);
            return ExitCode.ERROR.code();
        }
    }

    private static TestResult runOne(Scenario scenario, ScenarioFork fork, ScenarioFork recorder, HeapSize heap,
                                     SuiteOptions options, Optional<Double> jol) {
        try {
            ChildRun main = fork.run(scenario, heap);
            ChildRun prediction = null;
            boolean ended = scenario.kind() == Scenario.Kind.CONTAINER
                    ? main.killedByWatchdog() || main.exitCode() == 0 : main.exitCode() == 0;
            if ((scenario.kind() == Scenario.Kind.UNTIL_OOM || scenario.kind() == Scenario.Kind.CONTAINER)
                    && scenario.prediction() != Scenario.Prediction.NONE && ended) {
                prediction = fork.run(scenario, heap.times(ProfileSettings.Scenarios.PREDICTION_FACTOR));
            }
            TestResult graded = ScenarioGrader.grade(main, prediction, jol, reproduce(scenario, options));
            if (recorder == null) {
                return graded;
            }
            ChildRun twin = recorder.run(scenario, heap);
            return withRecording(graded, recorder.recordingFile(scenario, heap), recorder.recordingAtAlertFile(scenario,
                    heap), options.out(), twin.wallMs());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TestResult.error(Source.SCENARIO, scenario.id(), "interrupted", null);
        } catch (Exception e) {
            return TestResult.error(Source.SCENARIO, scenario.id(), "cannot run the scenario: " + e, null);
        }
    }

    /**
     * The result with its twin's flight recording summarised; a missing or unreadable one says why. The file is named
     * relative to the run directory (the suite's output directory's parent), as the report links it.
     */
    private static TestResult withRecording(TestResult r, java.nio.file.Path file, java.nio.file.Path atAlert,
                                            java.nio.file.Path suiteOut, long twinMs) {
        ScenarioDetail d = r.scenario();
        java.nio.file.Path runDir = suiteOut.toAbsolutePath().getParent();
        String note;
        try {
            Optional<FlightRecording> recording = FlightRecordingSummary.read(file, atAlert,
                    runDir != null ? runDir : suiteOut);
            if (recording.isPresent()) {
                return new TestResult(r.source(), r.name(), r.description(), r.status(), r.durationMs() + twinMs,
                        r.message(), r.output(), r.reproduce(), new ScenarioDetail(d.metrics(), d.series(),
                        d.topClasses(), d.jvmArgs(), d.insertSpikes(), recording.get()));
            }
            note = "no flight recording: the child ended without writing one (SIGKILL leaves none, as in a container)";
        } catch (Exception e) {
            note = "flight recording " + file.getFileName() + " not read: " + e;
        }
        return new TestResult(r.source(), r.name(), r.description(), r.status(), r.durationMs() + twinMs,
                r.message() == null ? note : r.message() + "; " + note, r.output(), r.reproduce(), r.detail());
    }

    private static String reproduce(Scenario scenario, SuiteOptions options) {
        ReproduceCommandLine command = ReproduceCommandLine.rerun("scenarios", options.profile(), scenario.id());
        options.heap().ifPresent(h -> command.option("--heap", h.toString()));
        if (options.collector() != Collector.G1) {
            command.option("--gc", options.collector().label());
        }
        if (options.mapClass() != null) {
            command.option("--map", options.mapClass());
        }
        if (options.jfr()) {
            command.option("--jfr");
        }
        if (options.workload() != null) {
            command.option("--workload", options.workload()).option("--classpath", "<jars>");
        }
        return command.toString();
    }
}
