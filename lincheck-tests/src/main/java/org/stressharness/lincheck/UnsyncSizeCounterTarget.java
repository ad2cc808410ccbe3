package org.stressharness.lincheck;

/**
 * Negative control: {@link UnsyncSizeCounterMap} loses count updates, so its count is wrong at rest; the
 * validation of {@link CountAtRestOperations} must catch it (a corrupted count, not a lagging estimate).
 */
public class UnsyncSizeCounterTarget extends CountAtRestOperations {
    public UnsyncSizeCounterTarget() {
        super(new UnsyncSizeCounterMap<>());
    }
}
