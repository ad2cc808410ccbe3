package org.stressharness.results.model;

/** One row of a class histogram: which class holds how much of the heap. */
public record ClassFootprint(String className, long instances, long bytes) {
}
