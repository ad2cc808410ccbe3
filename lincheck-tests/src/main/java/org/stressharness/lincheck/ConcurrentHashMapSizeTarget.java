package org.stressharness.lincheck;

import java.util.concurrent.ConcurrentHashMap;

/**
 * ConcurrentHashMap's {@code size()} and {@code isEmpty()} while entries come and go. The counter is striped
 * ({@code baseCount} plus {@code CounterCell}s) and summed without a lock, so a count can miss an insert that
 * completed before it began: a documented estimate, not a linearizable read.
 */
public class ConcurrentHashMapSizeTarget extends CountedPutIfAbsentOperations {
    public ConcurrentHashMapSizeTarget() {
        super(new ConcurrentHashMap<>());
    }
}
