package org.stressharness.scenarios.engine;

import org.stressharness.results.model.ProfileSettings;
import org.stressharness.results.model.ScenarioDetail;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.scenarios.probe.ProbeRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a scenario's child runs into one {@link TestResult}: the verdict from the scenario's own assertions, beside
 * the figures {@link ChildFigures} reads off the child.
 */
public final class ScenarioGrader {

    /** The prediction must land within this share of the measurement, where it is graded. */
    public static final double PREDICTION_TOLERANCE_PCT = 10;
    /** A bounded structure's live heap may wander this much once full (plus {@link #PLATEAU_SLACK_BYTES}). */
    public static final double PLATEAU_TOLERANCE = 0.10;
    public static final long PLATEAU_SLACK_BYTES = 1 << 20;

    private ScenarioGrader() {
    }

    /**
     * @param main       the run at the scenario's heap
     * @param prediction the run at the prediction heap (UNTIL_OOM scenarios), else null
     * @param jolBytes   JOL's bytes per element, if computed
     */
    public static TestResult grade(ChildRun main, ChildRun prediction, Optional<Double> jolBytes, String reproduce) {
        Scenario scenario = main.scenario();
        ChildMeasurement m = ChildMeasurement.read(main.probeFile());
        Map<String, Double> metrics = ChildFigures.metrics(scenario, m, jolBytes);

        ContainerEnd end = scenario.kind() == Scenario.Kind.CONTAINER ? ContainerEnd.of(main, m) : null;
        Verdict verdict = end != null ? end.verdict() : verdict(main, m);
        // A presized table smaller than planned changes every figure after it: said in the verdict, not only noted.
        int halvings = m.value("presizeHalvings").map(Double::intValue).orElse(0);
        if (halvings > 0) {
            verdict = verdict.and(new Verdict(Status.PASSED, String.format("presized for %,d elements, the table "
                    + "halved %d time%s: the one planned for the free heap (%,d B live at the start) could not be "
                    + "placed", m.value("expectedElements").map(Double::longValue).orElse(0L), halvings,
                    halvings == 1 ? "" : "s", m.baselineBytes())));
        }
        if (m.finished() && !m.errors().isEmpty()) {
            // A finished child's errors are about extras (the alert's histogram): shown, not graded.
            verdict = verdict.and(new Verdict(Status.PASSED, String.join("; ", m.errors())));
        }
        if (end != null) {
            end.metrics(metrics);
            if (prediction != null) {
                verdict = verdict.and(end.predict(prediction, metrics));
            }
        } else if (prediction != null) {
            verdict = verdict.and(predict(scenario, m, prediction, metrics));
        }
        List<String> jvmArgs = new ArrayList<>(main.jvmArgs());
        ScenarioDetail detail = new ScenarioDetail(metrics, ChildFigures.series(m), topClasses(scenario, m), jvmArgs,
                ChildFigures.spikes(m),
                null);
        String output = verdict.status == Status.ERROR ? tail(main.output()) : null;
        return new TestResult(Source.SCENARIO, scenario.id(), scenario.description(), verdict.status,
                main.wallMs() + (prediction == null ? 0 : prediction.wallMs()), verdict.message, output, reproduce,
                detail);
    }

    record Verdict(Status status, String message) {

        /** Nothing to add: passes, says nothing. */
        static final Verdict NONE = new Verdict(Status.PASSED, null);

        /** The worse status; the messages of the checks that did not pass, else all of them. */
        Verdict and(Verdict other) {
            Status worst = status.worst(other.status);
            StringBuilder b = new StringBuilder();
            for (Verdict v : List.of(this, other)) {
                if (v.message != null && (worst == Status.PASSED || v.status != Status.PASSED)) {
                    b.append(b.length() == 0 ? "" : "; ").append(v.message);
                }
            }
            return new Verdict(worst, b.length() == 0 ? null : b.toString());
        }
    }

    private static Verdict verdict(ChildRun run, ChildMeasurement m) {
        if (run.timedOut()) {
            return new Verdict(Status.ERROR, "child timed out after " + run.wallMs() / 1000 + " s at "
                    + m.elements() + " elements");
        }
        if (!m.finished() || run.exitCode() != 0) {
            String why = m.errors().isEmpty() ? "no final record; " + firstLine(tail(run.output()).strip())
                    : firstLine(m.errors().get(0));
            return new Verdict(Status.ERROR, "child exited with code " + run.exitCode() + " (" + why + ")");
        }
        Optional<ProbeRecord> oom = m.oom();
        return switch (run.scenario().kind()) {
            case UNTIL_OOM -> {
                if (oom.isEmpty()) {
                    yield new Verdict(Status.FAILED, "no OutOfMemoryError");
                }
                long at = oom.get().elements();
                if (run.jvmArgs().contains("-D" + ScenarioChild.LISTENERS_PROPERTY + "=off")) {
                    // Run without the alert on purpose (the benchmarks price the monitoring): nothing to grade.
                    yield new Verdict(Status.PASSED, String.format("%s at %,d elements, %.1f B/element (alert and "
                            + "GC listener off)", endName(oom.get()), at, m.bytesPerElementAtOom().orElse(Double.NaN)));
                }
                // Graded on the poll at every sample, which is deterministic; the notification travels through the
                // JVM's service thread and its lag depends on scheduling, so it is measured and shown, not graded.
                // A structure whose end is one growth bigger than the free heap (a primitive map's table) may never
                // cross the threshold: the growth warning, which knows what the next growth asks for, is its alert.
                Optional<ProbeRecord> crossed = m.exceeded().filter(e -> e.elements() < at);
                Optional<ProbeRecord> warned = m.growthWarning().filter(g -> g.elements() < at);
                if (crossed.isEmpty() && warned.isEmpty()) {
                    yield new Verdict(Status.FAILED, String.format("no poll saw the pool over its threshold and no "
                            + "growth warned before the OutOfMemoryError at %,d elements", at));
                }
                String growth = warned.map(g -> String.format("the growth warning came %,d elements before it "
                        + "(%.0f%%: the next growth asks for %,.0f B, %,.0f B free)", at - g.elements(),
                        100.0 * (at - g.elements()) / at, g.values().get("nextGrowthBytes"),
                        g.values().get("freeBytes"))).orElse(null);
                if (crossed.isEmpty()) {
                    yield new Verdict(Status.PASSED, String.format("%s at %,d elements, %.1f B/element; the heap never "
                            + "crossed its threshold, %s", endName(oom.get()), at,
                            m.bytesPerElementAtOom().orElse(Double.NaN), growth));
                }
                long headroom = at - crossed.get().elements();
                yield new Verdict(Status.PASSED, String.format("%s at %,d elements, %.1f B/element, threshold crossed "
                        + "%,d elements before it (%.0f%%); %s%s", endName(oom.get()), at,
                        m.bytesPerElementAtOom().orElse(Double.NaN), headroom, 100.0 * headroom / at,
                        notification(m, crossed.get(), oom.get()), growth == null ? "" : "; " + growth));
            }
            case FIXED -> oom.isPresent()
                    ? new Verdict(Status.FAILED, endName(oom.get()) + " after " + oom.get().elements() + " of "
                    + m.value("targetElements").map(Double::longValue).orElse(0L) + " elements")
                    : new Verdict(Status.PASSED, String.format("%,d elements, %.1f live B/element",
                    m.elements(), ChildFigures.bytesPerElement(run.scenario(), m).orElse(Double.NaN)));
            case BOUNDED -> bounded(m);
            case CONTAINER -> throw new IllegalStateException("graded by ContainerEnd");
        };
    }

    /**
     * The class histogram worth showing. A to-OOM scenario takes it at the alert; a notification that arrived only
     * after the OOM took it once the structure was gone, so it would show the JVM's own objects, not what filled
     * the heap: left out.
     */
    private static List<org.stressharness.results.model.ClassFootprint> topClasses(Scenario scenario,
                                                                                  ChildMeasurement m) {
        if (scenario.kind() == Scenario.Kind.UNTIL_OOM && m.oom().isPresent()
                && m.alert().map(a -> a.elements() >= m.oom().get().elements()).orElse(true)) {
            return List.of();
        }
        return m.topClasses();
    }

    /** What the heap-usage notification did, measured against the poll that saw the threshold crossed. */
    private static String notification(ChildMeasurement m, ProbeRecord crossed, ProbeRecord oom) {
        Optional<ProbeRecord> alert = m.alert();
        if (alert.isEmpty() || alert.get().elements() >= oom.elements()) {
            return "the notification arrived only after the OutOfMemoryError"
                    + (alert.isEmpty() ? "" : String.format(" (%,d ms after the poll; its class histogram, taken "
                    + "once the structure was gone, is left out)", alert.get().elapsedMs() - crossed.elapsedMs()));
        }
        String text = String.format("the notification arrived %,d elements (%,d ms) after the poll",
                Math.max(0, alert.get().elements() - crossed.elements()),
                Math.max(0, alert.get().elapsedMs() - crossed.elapsedMs()));
        return m.topClasses().isEmpty() ? text + ", too late for its class histogram" : text;
    }

    /** "OOM", or what the child saw instead when it stopped GC-bound short of one. */
    private static String endName(ProbeRecord oom) {
        return oom.text() == null ? "OOM" : "out of memory in effect (" + oom.text() + ")";
    }

    private static Verdict bounded(ChildMeasurement m) {
        if (m.oom().isPresent()) {
            return new Verdict(Status.FAILED, "the bounded map ran out of memory at " + m.oom().get().elements()
                    + " inserts");
        }
        Optional<Double> atCap = m.value("liveBytesAtCap");
        Optional<Double> atEnd = m.value("liveBytesAtEnd");
        if (atCap.isEmpty() || atEnd.isEmpty()) {
            return new Verdict(Status.ERROR, "live heap not measured");
        }
        double limit = atCap.get() * (1 + PLATEAU_TOLERANCE) + PLATEAU_SLACK_BYTES;
        if (atEnd.get() > limit) {
            return new Verdict(Status.FAILED, String.format("live heap kept growing: %,.0f B at 2x the cap, %,.0f B "
                    + "at the end", atCap.get(), atEnd.get()));
        }
        String alarms = String.format("false alarms: usage threshold %s, collection threshold %s, trend %s "
                        + "(raised %d times, refuted each time by a full collection)",
                yesNo(m.exceeded()), yesNo(m.collectionExceeded()), yesNo(m.trendAlert()), m.trendRefuted().size());
        if (m.trendAlert().isPresent()) {
            // The trend is the harness's own prediction: it must not cry wolf where the live data is bounded.
            return new Verdict(Status.FAILED, "the trend prediction raised a confirmed alarm on a bounded map at "
                    + m.trendAlert().get().elements() + " inserts; " + alarms);
        }
        return new Verdict(Status.PASSED, String.format("no OOM in %,d inserts; live heap %,.0f B at 2x the cap, "
                + "%,.0f B at the end; %s", m.elements(), atCap.get(), atEnd.get(), alarms));
    }

    private static String yesNo(Optional<ProbeRecord> warning) {
        return warning.isPresent() ? "yes" : "no";
    }

    /** Predicts the threshold at the second heap from the first, and sets it beside the second's measurement. */
    private static Verdict predict(Scenario scenario, ChildMeasurement m, ChildRun run, Map<String, Double> metrics) {
        metrics.put("predictionHeapBytes", (double) run.heap().bytes());
        if (m.oom().isEmpty()) {
            return Verdict.NONE; // no threshold to predict from; the first run's verdict says why
        }
        ProbeRecord oom = m.oom().get();
        Optional<Double> slope = m.sampledSlope().filter(b -> b > 0);
        if (slope.isEmpty()) {
            return new Verdict(Status.ERROR, "too few heap samples to measure the bytes per element");
        }
        ThresholdPrediction p = ThresholdPrediction.from(oom.elements(), oom.heapUsed(), m.heapMax(), slope.get(),
                m.value(ThresholdPrediction.HEAP_SCALED_BYTES).orElse(0.0));
        long predicted = p.elementsAt(m.heapMax() * ProfileSettings.Scenarios.PREDICTION_FACTOR);
        metrics.put("predictedElementsAtOom", (double) predicted);
        ChildMeasurement second = ChildMeasurement.read(run.probeFile());
        if (run.timedOut() || run.exitCode() != 0 || !second.finished()) {
            return new Verdict(Status.ERROR, "prediction run at " + run.heap() + ": " + verdict(run, second).message);
        }
        if (second.oom().isEmpty()) {
            return new Verdict(Status.FAILED, "prediction run at " + run.heap() + ": no OutOfMemoryError");
        }
        long measured = second.oom().get().elements();
        double error = ThresholdPrediction.errorPct(predicted, measured);
        metrics.put("measuredElementsAtPredictionHeap", (double) measured);
        metrics.put("predictionErrorPct", error);
        String text = String.format("at %s predicted %,d, measured %,d (%+.1f%%)", run.heap(), predicted, measured,
                error);
        if (scenario.predictionGraded() && Math.abs(error) > PREDICTION_TOLERANCE_PCT) {
            return new Verdict(Status.FAILED, String.format("prediction off by %+.1f%% (tolerance %.0f%%): ",
                    error, PREDICTION_TOLERANCE_PCT) + text);
        }
        return new Verdict(Status.PASSED, text + (scenario.predictionGraded() ? "" : " (reported, not graded)"));
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static String tail(Path output) {
        try {
            String text = Files.exists(output) ? Files.readString(output) : "";
            return text.length() <= 8000 ? text : text.substring(text.length() - 8000);
        } catch (IOException e) {
            return "cannot read " + output + ": " + e.getMessage();
        }
    }
}
