package org.stressharness.lincheck;

/** Negative control: {@link UnsyncSizeCounterMap} must be reported non-linearizable. */
public class UnsyncSizeCounterTarget extends CountedPutIfAbsentOperations {
    public UnsyncSizeCounterTarget() {
        super(new UnsyncSizeCounterMap<>());
    }
}
