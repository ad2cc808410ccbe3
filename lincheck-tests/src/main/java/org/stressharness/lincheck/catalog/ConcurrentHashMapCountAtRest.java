package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ConcurrentHashMap's count once concurrent putIfAbsent/remove are over: it must be exact.
 */
@Check(shows = "ConcurrentHashMap's size()/isEmpty() are exact once concurrent putIfAbsent/remove are over",
        kind = CheckKind.CORRECT, map = ConcurrentHashMap.class)
public class ConcurrentHashMapCountAtRest extends CountAtRestOperations {
    public ConcurrentHashMapCountAtRest() {
        super(new ConcurrentHashMap<>());
    }
}
