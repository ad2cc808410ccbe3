package org.stressharness.lincheck;

import java.util.concurrent.ConcurrentHashMap;

/** ConcurrentHashMap with a treeified bin under every single-key operation. */
public class ConcurrentHashMapCollidingKeysTarget extends CollidingKeysTarget {
    public ConcurrentHashMapCollidingKeysTarget() {
        // 64 slots requested: below that a crowded bin makes the table grow instead of turning into a tree.
        super(new ConcurrentHashMap<>(64));
    }
}
