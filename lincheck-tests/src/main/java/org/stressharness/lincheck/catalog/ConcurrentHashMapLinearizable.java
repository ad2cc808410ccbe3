package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ConcurrentHashMap under every single-key operation: it must be linearizable.
 */
@Check(shows = "ConcurrentHashMap is linearizable for every single-key operation", kind = CheckKind.CORRECT,
        map = ConcurrentHashMap.class)
public class ConcurrentHashMapLinearizable extends MapOperations {
    public ConcurrentHashMapLinearizable() {
        super(new ConcurrentHashMap<>());
    }
}
