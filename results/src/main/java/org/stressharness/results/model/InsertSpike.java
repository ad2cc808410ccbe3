package org.stressharness.results.model;

/**
 * One slow insert, or one growth of the structure with its insert's latency: where a scenario's latency spikes
 * fall.
 *
 * @param elements    elements in the structure after the insert
 * @param nanos       the insert's latency
 * @param copiedBytes bytes the growth copied into the new backing array; 0 when the insert did not grow it
 */
public record InsertSpike(long elements, long nanos, long copiedBytes) {

    public boolean growth() {
        return copiedBytes > 0;
    }
}
