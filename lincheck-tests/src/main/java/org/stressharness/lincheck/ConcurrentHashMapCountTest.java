package org.stressharness.lincheck;

import java.util.concurrent.ConcurrentHashMap;

/**
 * ConcurrentHashMap's count once concurrent putIfAbsent/remove are over: it must be exact.
 */
@Check(shows = "ConcurrentHashMap's size()/isEmpty() are exact once concurrent putIfAbsent/remove are over",
        kind = CheckKind.CORRECT, map = ConcurrentHashMap.class)
public class ConcurrentHashMapCountTest extends CountAtRestOperations {
    public ConcurrentHashMapCountTest() {
        super(new ConcurrentHashMap<>());
    }
}
