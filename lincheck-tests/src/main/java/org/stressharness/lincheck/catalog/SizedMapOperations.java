package org.stressharness.lincheck.catalog;

import org.jetbrains.lincheck.datastructures.Operation;

import java.util.Map;

/** All of {@link MapOperations} plus {@code size()} and {@code isEmpty()}: what a fully atomic map offers. */
public abstract class SizedMapOperations extends MapOperations {

    protected SizedMapOperations(Map<Object, Integer> map) {
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
