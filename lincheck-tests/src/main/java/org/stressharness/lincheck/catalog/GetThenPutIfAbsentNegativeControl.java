package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;

/**
 * Negative control: {@link GetThenPutIfAbsentMap} must be reported non-linearizable.
 */
@Check(shows = "Negative control: putIfAbsent written as get-then-put over ConcurrentHashMap must be reported",
        kind = CheckKind.NEGATIVE_CONTROL, map = GetThenPutIfAbsentMap.class)
public class GetThenPutIfAbsentNegativeControl extends PutIfAbsentOperations {
    public GetThenPutIfAbsentNegativeControl() {
        super(new GetThenPutIfAbsentMap<>());
    }
}
