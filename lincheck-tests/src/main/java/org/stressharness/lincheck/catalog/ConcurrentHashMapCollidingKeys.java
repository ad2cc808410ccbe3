package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ConcurrentHashMap with a treeified bin under every single-key operation (64 slots requested: below that
 * a crowded bin makes the table grow instead of turning into a tree).
 */
@Check(shows = "ConcurrentHashMap is linearizable with all keys in one treeified bin", kind = CheckKind.CORRECT,
        map = ConcurrentHashMap.class)
public class ConcurrentHashMapCollidingKeys extends CollidingKeysTarget {
    public ConcurrentHashMapCollidingKeys() {
        super(new ConcurrentHashMap<>(64));
    }
}
