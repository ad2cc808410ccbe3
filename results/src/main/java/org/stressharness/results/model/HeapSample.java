package org.stressharness.results.model;

/** Heap use at a point on a scenario's way to its threshold. */
public record HeapSample(long elements, long heapUsedBytes, long elapsedMillis) {
}
