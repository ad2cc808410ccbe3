package org.stressharness.results.model;

/**
 * Heap use, and the process's resident memory, at a point on a scenario's way to its threshold.
 *
 * @param rssBytes the process's resident set size then; 0 when not read (older runs, the point at the OOM)
 */
public record HeapSample(long elements, long heapUsedBytes, long elapsedMillis, long rssBytes) {

    /** A sample without the resident set size. */
    public HeapSample(long elements, long heapUsedBytes, long elapsedMillis) {
        this(elements, heapUsedBytes, elapsedMillis, 0);
    }
}
