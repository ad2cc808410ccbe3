package org.stressharness.scenarios.engine;

import org.stressharness.results.model.ProfileSettings;
import org.stressharness.results.model.HeapSample;
import org.stressharness.results.model.InsertSpike;
import org.stressharness.results.model.ScenarioDetail;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.scenarios.probe.ProbeRecord;
import org.stressharness.scenarios.probe.ProcessMemory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a scenario's child runs into one {@link TestResult}: the metrics the report shows, and the verdict
 * from the scenario's own assertions.
 */
public final class ScenarioGrader {

    /** The prediction must land within this share of the measurement, where it is graded. */
    public static final double PREDICTION_TOLERANCE_PCT = 10;
    /** A bounded structure's live heap may wander this much once full (plus {@link #PLATEAU_SLACK_BYTES}). */
    public static final double PLATEAU_TOLERANCE = 0.10;
    public static final long PLATEAU_SLACK_BYTES = 1 << 20;
    private static final int MAX_SERIES = 240;

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
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("heapMaxBytes", (double) m.heapMax());
        metrics.put("oom", m.oom().isPresent() ? 1.0 : 0.0);
        metrics.put("elements", (double) m.elements());
        metrics.put("baselineBytes", (double) m.baselineBytes());
        m.oom().ifPresent(o -> {
            metrics.put("elementsAtOom", (double) o.elements());
            metrics.put("heapUsedAtOomBytes", (double) o.heapUsed());
            metrics.put("heapCommittedAtOomBytes", (double) o.heapCommitted());
            metrics.put("oomAtMs", (double) o.elapsedMs());
            // Ended GC-bound (see GcBoundWatch) rather than by an OutOfMemoryError: 1.
            metrics.put("gcBound", o.text() == null ? 0.0 : 1.0);
        });
        bytesPerElement(scenario, m).ifPresent(b -> metrics.put("bytesPerElement", b));
        m.sampledSlope().ifPresent(b -> metrics.put("sampledBytesPerElement", b));
        for (String key : List.of("gcCount", "gcTimeMs", "longestPauseMs", "growths", "bytesCopied", "peakHeapBytes")) {
            m.value(key).ifPresent(v -> metrics.put(key, v));
        }
        m.exceeded().ifPresent(e -> {
            metrics.put("thresholdExceededElements", (double) e.elements());
            metrics.put("thresholdExceededAtMs", (double) e.elapsedMs());
            m.oom().ifPresent(o -> metrics.put("thresholdHeadroomElements", (double) (o.elements() - e.elements())));
        });
        m.alert().ifPresent(a -> {
            metrics.put("alertElements", (double) a.elements());
            metrics.put("alertAtMs", (double) a.elapsedMs());
            metrics.put("alertHeapUsedBytes", (double) a.heapUsed());
            m.oom().ifPresent(o -> metrics.put("alertHeadroomElements", (double) (o.elements() - a.elements())));
            m.exceeded().ifPresent(e -> {
                // The notification's lag behind the deterministic poll: a measured figure, not a verdict.
                metrics.put("alertLagElements", (double) (a.elements() - e.elements()));
                metrics.put("alertLagMs", (double) (a.elapsedMs() - e.elapsedMs()));
            });
        });
        earlierWarnings(m, metrics);
        m.growthWarning().ifPresent(g -> {
            metrics.put("growthWarningElements", (double) g.elements());
            metrics.put("growthWarningAtMs", (double) g.elapsedMs());
            metrics.put("nextGrowthBytes", g.values().get("nextGrowthBytes"));
        });
        processMemory(m, metrics);
        jolBytes.ifPresent(b -> {
            metrics.put("jolBytesPerElement", b);
            metrics.put("jolElements", (double) JolFootprint.ELEMENTS);
        });
        m.totals().forEach(metrics::putIfAbsent);

        ContainerEnd end = scenario.kind() == Scenario.Kind.CONTAINER ? ContainerEnd.of(main, m) : null;
        Verdict verdict = end != null ? end.verdict() : verdict(main, m);
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
        ScenarioDetail detail = new ScenarioDetail(metrics, series(m), topClasses(scenario, m), jvmArgs, spikes(m),
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
                    m.elements(), bytesPerElement(run.scenario(), m).orElse(Double.NaN)));
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

    /** Live bytes per element: at the OOM, or from the workload's live-heap note after a full GC. */
    static Optional<Double> bytesPerElement(Scenario scenario, ChildMeasurement m) {
        return switch (scenario.kind()) {
            case UNTIL_OOM -> m.bytesPerElementAtOom();
            case FIXED -> m.value("liveBytes").flatMap(live -> m.value("targetElements")
                    .map(n -> (live - m.baselineBytes()) / n));
            case BOUNDED -> m.value("liveBytesAtEnd").flatMap(live -> m.value("cap")
                    .map(n -> (live - m.baselineBytes()) / n));
            // What fills is outside the heap, or the heap with its collector's share: per element, see
            // rssBytesPerElement.
            case CONTAINER -> Optional.empty();
        };
    }

    /**
     * The process's memory at the start, the alert and the end: its resident set and, from Native Memory Tracking,
     * what the heap, class metadata, thread stacks, code cache and the collector hold, e.g. {@code rssAtAlertBytes},
     * {@code nmtThreadAtEndBytes}.
     */
    private static void processMemory(ChildMeasurement m, Map<String, Double> metrics) {
        m.process().forEach((when, r) -> {
            if (r.values() == null) {
                return;
            }
            String at = "At" + capitalized(when);
            r.values().forEach((key, v) -> {
                if (key.equals(ProcessMemory.RSS)) {
                    metrics.put("rss" + at + "Bytes", v);
                } else if (key.startsWith(ProcessMemory.NMT)) {
                    metrics.put("nmt" + capitalized(key.substring(ProcessMemory.NMT.length())) + at + "Bytes", v);
                }
            });
        });
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static List<HeapSample> series(ChildMeasurement m) {
        List<HeapSample> all = new ArrayList<>();
        for (ProbeRecord s : m.samples()) {
            Double rss = s.values() == null ? null : s.values().get(ProcessMemory.RSS);
            all.add(new HeapSample(s.elements(), s.heapUsed(), s.elapsedMs(), rss == null ? 0 : rss.longValue()));
        }
        m.oom().ifPresent(o -> all.add(new HeapSample(o.elements(), o.heapUsed(), o.elapsedMs(), 0)));
        if (all.size() <= MAX_SERIES) {
            return all;
        }
        List<HeapSample> thinned = new ArrayList<>();
        double stride = (all.size() - 1) / (double) (MAX_SERIES - 1);
        for (int i = 0; i < MAX_SERIES; i++) {
            thinned.add(all.get((int) Math.round(i * stride)));
        }
        return thinned;
    }

    /**
     * The warnings compared on the same run: the usage threshold's poll, the collection usage threshold's poll,
     * the trend prediction and the growth warning; for each where it came and how long before the OOM (lead,
     * in elements and ms). A run without an OOM has no lead: a warning there is a false alarm ({@code ...FalseAlarm}).
     */
    private static void earlierWarnings(ChildMeasurement m, Map<String, Double> metrics) {
        Map<String, Optional<ProbeRecord>> warnings = new LinkedHashMap<>();
        warnings.put("usageThreshold", m.exceeded());
        warnings.put("collectionThreshold", m.collectionExceeded());
        // The raw trend's first alarm, confirmed or not: what the trend alone would have raised.
        warnings.put("rawTrend", m.trendRefuted().stream().findFirst().or(m::trendAlert)
                .filter(r -> m.trendAlert().isEmpty() || r.elements() <= m.trendAlert().get().elements()));
        warnings.put("trend", m.trendAlert());
        warnings.put("growthWarning", m.growthWarning());
        warnings.forEach((name, record) -> {
            if (m.oom().isEmpty()) {
                metrics.put(name + "FalseAlarm", record.isPresent() ? 1.0 : 0.0);
                return;
            }
            ProbeRecord oom = m.oom().get();
            record.filter(r -> r.elements() <= oom.elements()).ifPresent(r -> {
                metrics.put(name + "LeadElements", (double) (oom.elements() - r.elements()));
                metrics.put(name + "LeadMs", (double) (oom.elapsedMs() - r.elapsedMs()));
            });
        });
        metrics.put("trendRefutedAlarms", (double) m.trendRefuted().size());
        m.trendAlert().ifPresent(t -> {
            metrics.put("trendAlertElements", (double) t.elements());
            double predicted = t.elements() + t.values().get("predictedElementsLeft");
            metrics.put("trendPredictedElementsAtOom", predicted);
            metrics.put("trendPredictedMsLeft", t.values().get("predictedMsLeft"));
            m.oom().ifPresent(o -> metrics.put("trendPredictionErrorPct",
                    ThresholdPrediction.errorPct(Math.round(predicted), o.elements())));
        });
        m.collectionExceeded().ifPresent(c -> metrics.put("collectionThresholdElements", (double) c.elements()));
    }

    /** Every timed growth and the slowest inserts, by elements; an insert that is both appears once. */
    private static List<InsertSpike> spikes(ChildMeasurement m) {
        Map<Long, InsertSpike> byElements = new java.util.TreeMap<>();
        for (ProbeRecord g : m.growths()) {
            byElements.put(g.elements(), new InsertSpike(g.elements(), g.values().get("insertNanos").longValue(),
                    g.values().get("copiedBytes").longValue()));
        }
        for (ProbeRecord s : m.slowInserts()) {
            byElements.putIfAbsent(s.elements(), new InsertSpike(s.elements(), s.values().get("insertNanos")
                    .longValue(), 0));
        }
        return List.copyOf(byElements.values());
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
