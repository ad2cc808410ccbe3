package org.stressharness.lincheck;

import java.util.concurrent.ConcurrentHashMap;

/** ConcurrentHashMap's count once concurrent putIfAbsent/remove are over: it must be exact. */
public class ConcurrentHashMapCountTarget extends CountAtRestOperations {
    public ConcurrentHashMapCountTarget() {
        super(new ConcurrentHashMap<>());
    }
}
