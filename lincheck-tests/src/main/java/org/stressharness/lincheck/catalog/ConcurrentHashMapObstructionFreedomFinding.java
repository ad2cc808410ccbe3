package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;
import org.stressharness.lincheck.engine.FailureKind;
import org.stressharness.lincheck.engine.Strategy;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ConcurrentHashMap under every single-key operation, with blocking reported: its updates lock the bin
 * they change (or spin on {@code sizeCtl} while the table is set up), so they are not obstruction-free.
 */
@Check(shows = "ConcurrentHashMap updates are not obstruction-free: they lock the bin they change",
        kind = CheckKind.FINDING, map = ConcurrentHashMap.class, expectedFailure = FailureKind.OBSTRUCTION_FREEDOM,
        strategies = Strategy.MODEL_CHECKING, obstructionFreedom = true)
public class ConcurrentHashMapObstructionFreedomFinding extends MapOperations {
    public ConcurrentHashMapObstructionFreedomFinding() {
        super(new ConcurrentHashMap<>());
    }
}
