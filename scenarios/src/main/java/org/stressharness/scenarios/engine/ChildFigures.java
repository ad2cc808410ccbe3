package org.stressharness.scenarios.engine;

import org.stressharness.results.model.HeapSample;
import org.stressharness.results.model.InsertSpike;
import org.stressharness.scenarios.probe.ProbeRecord;
import org.stressharness.scenarios.probe.ProcessMemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a scenario's child measured, read off its probe records as the report shows it: the metrics (elements,
 * heap at the OOM, bytes per element, warnings and their lead, the process's memory, JOL's figure), the heap
 * series and the insert spikes. The verdict is {@link ScenarioGrader}'s.
 */
final class ChildFigures {

    /** Samples kept for the report's chart: enough to draw, few enough to keep the run small. */
    private static final int MAX_SERIES = 240;

    private ChildFigures() {
    }

    /** The metrics of the run at the scenario's heap; {@code jolBytes}: JOL's bytes per element, if computed. */
    static Map<String, Double> metrics(Scenario scenario, ChildMeasurement m, Optional<Double> jolBytes) {
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
        return metrics;
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
    static List<HeapSample> series(ChildMeasurement m) {
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
    static List<InsertSpike> spikes(ChildMeasurement m) {
        Map<Long, InsertSpike> byElements = new java.util.TreeMap<>();
        for (ProbeRecord g : m.growths()) {
            byElements.put(g.elements(), new InsertSpike(g.elements(), g.values().get("insertNanos").longValue(),
                    g.values().get("copiedBytes").longValue()));
        }
        for (ProbeRecord s : m.slowInserts()) {
            byElements.putIfAbsent(s.elements(), new InsertSpike(s.elements(),
                    s.values().get("insertNanos").longValue(), 0));
        }
        return List.copyOf(byElements.values());
    }
}
