package org.stressharness.lincheck.catalog;

import org.jetbrains.lincheck.datastructures.Operation;

import java.util.Map;

/**
 * {@link CountAtRestOperations} with {@code size()} and {@code isEmpty()} graded against the range that
 * ConcurrentHashMap's documentation allows while updates run ({@link CountEnvelope}), instead of against a
 * linearizable count: each returns whether the map's answer fell inside it, which the specification says it always
 * does. A map that counts exactly, or estimates as ConcurrentHashMap does, passes; one whose count strays further
 * fails with incorrect results, and one whose count is wrong at rest fails the inherited validation.
 */
public abstract class EstimatedCountOperations extends CountAtRestOperations {

    private final CountEnvelope envelope;

    protected EstimatedCountOperations(Map<Object, Integer> map) {
        this(new CountEnvelope(map));
    }

    private EstimatedCountOperations(CountEnvelope envelope) {
        super(envelope);
        this.envelope = envelope;
    }

    @Operation
    public boolean sizeWithinEstimate() {
        return envelope.sizeWithinEstimate();
    }

    @Operation
    public boolean isEmptyWithinEstimate() {
        return envelope.isEmptyWithinEstimate();
    }
}
