package org.stressharness.lincheck;

import java.util.concurrent.ConcurrentHashMap;

/** ConcurrentHashMap under every single-key operation: it must be linearizable. */
public class ConcurrentHashMapTarget extends MapOperations {
    public ConcurrentHashMapTarget() {
        super(new ConcurrentHashMap<>());
    }
}
