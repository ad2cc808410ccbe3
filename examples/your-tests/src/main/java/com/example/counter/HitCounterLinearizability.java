package com.example.counter;

import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The atomic counter checked by Lincheck, in the style of Lincheck's guide: the operations of the structure under
 * test, each one method; Lincheck runs them from several threads and checks the results against a sequential run.
 */
public class HitCounterLinearizability {

    private final HitCounter counter = new HitCounter.Atomic();

    @Operation
    public void hit() {
        counter.hit();
    }

    @Operation
    public long hits() {
        return counter.hits();
    }
}
