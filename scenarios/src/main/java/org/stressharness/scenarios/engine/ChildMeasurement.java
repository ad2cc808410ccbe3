package org.stressharness.scenarios.engine;

import org.stressharness.results.json.Json;
import org.stressharness.results.model.ClassFootprint;
import org.stressharness.scenarios.probe.LeastSquares;
import org.stressharness.scenarios.probe.ProbeRecord;

import com.fasterxml.jackson.core.JacksonException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a child's probe file says, read back whole or in part: a child that died leaves the records it
 * wrote, and a torn last line is skipped.
 */
public record ChildMeasurement(List<ProbeRecord> samples, Optional<ProbeRecord> baseline,
        Optional<ProbeRecord> exceeded,
                               Optional<ProbeRecord> alert,
                               List<ClassFootprint> topClasses, Optional<ProbeRecord> oom, Optional<ProbeRecord> done,
                               List<String> errors, Map<String, ProbeRecord> process,
                               Optional<ProbeRecord> growthWarning, List<ProbeRecord> growths,
                               List<ProbeRecord> slowInserts, Optional<ProbeRecord> collectionExceeded,
                               Optional<ProbeRecord> trendAlert, List<ProbeRecord> trendRefuted) {

    public static ChildMeasurement read(Path probeFile) {
        List<ProbeRecord> samples = new ArrayList<>();
        ProbeRecord baseline = null;
        ProbeRecord exceeded = null;
        ProbeRecord alert = null;
        List<ClassFootprint> top = List.of();
        ProbeRecord oom = null;
        ProbeRecord done = null;
        List<String> errors = new ArrayList<>();
        Map<String, ProbeRecord> process = new java.util.LinkedHashMap<>();
        ProbeRecord growthWarning = null;
        List<ProbeRecord> growths = new ArrayList<>();
        List<ProbeRecord> slowInserts = new ArrayList<>();
        ProbeRecord collectionExceeded = null;
        ProbeRecord trendAlert = null;
        List<ProbeRecord> trendRefuted = new ArrayList<>();
        for (ProbeRecord r : records(probeFile)) {
            switch (r.type()) {
                case ProbeRecord.START -> baseline = r.values() != null ? r : baseline;
                case ProbeRecord.SAMPLE -> samples.add(r);
                case ProbeRecord.EXCEEDED -> exceeded = r;
                case ProbeRecord.ALERT -> alert = r;
                case ProbeRecord.HISTOGRAM -> top = r.classes() == null ? List.of() : r.classes();
                case ProbeRecord.OOM -> oom = r;
                case ProbeRecord.DONE -> done = r;
                case ProbeRecord.ERROR -> errors.add(r.text());
                case ProbeRecord.PROCESS -> process.put(r.text(), r);
                case ProbeRecord.GROWTH_WARNING -> growthWarning = r;
                case ProbeRecord.GROWTH -> growths.add(r);
                case ProbeRecord.SLOW_INSERT -> slowInserts.add(r);
                case ProbeRecord.COLLECTION_EXCEEDED -> collectionExceeded = r;
                case ProbeRecord.TREND_ALERT -> {
                    if (ProbeRecord.TREND_CONFIRMED.equals(r.text())) {
                        trendAlert = r;
                    } else {
                        trendRefuted.add(r);
                    }
                }
                default -> errors.add("unknown probe record '" + r.type() + "'");
            }
        }
        return new ChildMeasurement(samples, Optional.ofNullable(baseline), Optional.ofNullable(exceeded),
                Optional.ofNullable(alert), top,
                Optional.ofNullable(oom), Optional.ofNullable(done), errors, process,
                        Optional.ofNullable(growthWarning),
                growths, slowInserts, Optional.ofNullable(collectionExceeded), Optional.ofNullable(trendAlert),
                trendRefuted);
    }

    private static List<ProbeRecord> records(Path file) {
        List<ProbeRecord> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                records.add(Json.mapper().readValue(lines.get(i), ProbeRecord.class));
            } catch (JacksonException e) {
                if (i < lines.size() - 1) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": damaged probe record", e);
                }
            }
        }
        return records;
    }

    public boolean finished() {
        return done.isPresent();
    }

    /** Elements inserted: at the end, else at the OOM, else at the last sample. */
    public long elements() {
        return done.or(() -> oom).map(ProbeRecord::elements)
                .orElse(samples.isEmpty() ? 0 : samples.get(samples.size() - 1).elements());
    }

    public long heapMax() {
        return baseline.map(ProbeRecord::heapMax).orElse(0L);
    }

    public long baselineBytes() {
        return baseline.map(ProbeRecord::heapUsed).orElse(0L);
    }

    /** The final totals, else the running totals of the last sample. */
    public Map<String, Double> totals() {
        if (done.isPresent() && done.get().values() != null) {
            return done.get().values();
        }
        return samples.isEmpty() || samples.get(samples.size() - 1).values() == null ? Map.of()
                : samples.get(samples.size() - 1).values();
    }

    public Optional<Double> value(String name) {
        return Optional.ofNullable(totals().get(name));
    }

    /** Bytes each element holds live: heap at the OOM (or the noted live bytes) less the baseline. */
    public Optional<Double> bytesPerElementAtOom() {
        return oom.filter(o -> o.elements() > 0)
                .map(o -> (double) (o.heapUsed() - baselineBytes()) / o.elements());
    }

    /** Least-squares slope of heap used over elements, across the samples. */
    public Optional<Double> sampledSlope() {
        return LeastSquares.slope(samples, ProbeRecord::elements, ProbeRecord::heapUsed, 3);
    }
}
