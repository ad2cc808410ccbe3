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
 */
public record ScenarioDetail(Map<String, Double> metrics, List<HeapSample> series, List<ClassFootprint> topClasses,
                             List<String> jvmArgs) implements Detail {

    @Override
    @JsonIgnore
    public Source source() {
        return Source.SCENARIO;
    }
}
