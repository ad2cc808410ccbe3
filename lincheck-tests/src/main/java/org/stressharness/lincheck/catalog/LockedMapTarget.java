package org.stressharness.lincheck.catalog;

import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The locked map under every operation: the sequential specification of every target. Lincheck calls it one
 * operation at a time, so it is not itself checked for linearizability (that could fail only if
 * ReentrantLock were broken).
 */
public class LockedMapTarget extends SizedMapOperations {
    public LockedMapTarget() {
        super(new LockedMap<>());
    }

    /** One operation at a time, the count is exact: always within the range ({@link EstimatedCountOperations}). */
    @Operation
    public boolean sizeWithinEstimate() {
        return true;
    }

    @Operation
    public boolean isEmptyWithinEstimate() {
        return true;
    }
}
