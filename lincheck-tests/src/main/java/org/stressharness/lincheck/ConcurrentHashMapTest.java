package org.stressharness.lincheck;

import java.util.concurrent.ConcurrentHashMap;

/**
 * ConcurrentHashMap under every single-key operation: it must be linearizable.
 */
@Check(shows = "ConcurrentHashMap is linearizable for every single-key operation", kind = CheckKind.CORRECT,
        map = ConcurrentHashMap.class)
public class ConcurrentHashMapTest extends MapOperations {
    public ConcurrentHashMapTest() {
        super(new ConcurrentHashMap<>());
    }
}
