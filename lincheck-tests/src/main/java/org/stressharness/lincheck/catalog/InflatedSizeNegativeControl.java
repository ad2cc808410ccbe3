package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;

/**
 * Negative control: {@link InflatedSizeMap}'s count is exact at rest but off by ten per update in flight, more than
 * the updates running could explain; the range of {@link EstimatedCountOperations} must catch it (it would pass as
 * "ConcurrentHashMap's documented estimate" if a user's count were excused whenever it is right at rest).
 */
@Check(shows = "Negative control: a map whose size() is off by ten per update in flight must be reported outside "
        + "the range ConcurrentHashMap's documentation allows", kind = CheckKind.NEGATIVE_CONTROL,
        map = InflatedSizeMap.class)
public class InflatedSizeNegativeControl extends EstimatedCountOperations {
    public InflatedSizeNegativeControl() {
        super(new InflatedSizeMap<>());
    }
}
