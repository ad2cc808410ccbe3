package org.stressharness.lincheck.catalog;

import org.jetbrains.lincheck.datastructures.Operation;

import java.util.Map;

/**
 * {@link CountAtRestOperations} plus {@code size()} and {@code isEmpty()}: few operations, so scenarios that
 * count while entries come and go are generated often. The validation it inherits catches a count that is
 * still wrong once the updates stop.
 */
public abstract class CountedPutIfAbsentOperations extends CountAtRestOperations {

    protected CountedPutIfAbsentOperations(Map<Object, Integer> map) {
        super(map);
    }

    @Operation
    public int size() {
        return map.size();
    }

    @Operation
    public boolean isEmpty() {
        return map.isEmpty();
    }
}
