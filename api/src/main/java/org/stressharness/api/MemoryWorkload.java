package org.stressharness.api;

/**
 * A team's own structure, driven towards an OutOfMemoryError by the harness's memory scenarios
 * ({@code harness run --workload CLASS --classpath JARS}): the same child JVM, heap samples, alerts, trend, predicted
 * threshold at twice the heap and class histogram as the built-in scenarios. The class needs a public no-arg
 * constructor; the harness makes one structure and adds elements to it, numbered from 0, until the heap runs out.
 *
 * @param <S> the structure under test
 */
public interface MemoryWorkload<S> {

    /** A new, empty structure. */
    S create();

    /** Adds element number {@code i} (0, 1, 2 ...) to {@code structure}. */
    void add(S structure, long i);

    /** One line for the report: what the structure is and what an element is. */
    String describe();
}
