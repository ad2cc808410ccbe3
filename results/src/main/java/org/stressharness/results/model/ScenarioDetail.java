package org.stressharness.results.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Map;

/**
 * Measurements of one memory scenario.
 *
 * @param metrics    named figures (elements at OOM, bytes per element, GC time ...); names are documented in the schema
 * @param series     heap used vs elements inserted, in insertion order
 * @param topClasses the heap's largest classes when the watermark alert fired
 * @param jvmArgs    the forked JVM's arguments (heap size, collector)
 * @param insertSpikes every growth of the structure and the slowest inserts, with their latency, in insertion
 *                   order (scenarios that time their inserts; empty otherwise and in older runs)
 * @param flightRecording the child's flight recording, summarised ({@code --jfr}); null without one
 */
public record ScenarioDetail(Map<String, Double> metrics, List<HeapSample> series, List<ClassFootprint> topClasses,
                             List<String> jvmArgs, List<InsertSpike> insertSpikes,
                             FlightRecording flightRecording) implements Detail {

    public ScenarioDetail {
        insertSpikes = insertSpikes == null ? List.of() : List.copyOf(insertSpikes);
    }

    /** A scenario that did not time its inserts. */
    public ScenarioDetail(Map<String, Double> metrics, List<HeapSample> series, List<ClassFootprint> topClasses,
                          List<String> jvmArgs) {
        this(metrics, series, topClasses, jvmArgs, List.of(), null);
    }

    @Override
    @JsonIgnore
    public Source source() {
        return Source.SCENARIO;
    }
}
