package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ConcurrentHashMap's {@code size()} and {@code isEmpty()} while entries come and go. The counter is striped
 * ({@code baseCount} plus {@code CounterCell}s) and summed without a lock, so a count can miss an insert that
 * completed before it began: a documented estimate, not a linearizable read. It counts as that finding only
 * while the count is right at rest ({@link ConcurrentHashMapCountAtRest}).
 */
@Check(shows = "ConcurrentHashMap.size()/isEmpty() are not linearizable under concurrent putIfAbsent/remove: "
        + "they are estimates while updates run", kind = CheckKind.FINDING, map = ConcurrentHashMap.class,
        evidence = SizeFinding.EVIDENCE, countAtRest = ConcurrentHashMapCountAtRest.class)
public class ConcurrentHashMapSizeFinding extends CountedPutIfAbsentOperations {
    public ConcurrentHashMapSizeFinding() {
        super(new ConcurrentHashMap<>());
    }
}
