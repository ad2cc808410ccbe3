package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;
import org.stressharness.lincheck.engine.FailureKind;

/**
 * Negative control: {@link UnsyncSizeCounterMap} loses count updates, so its count is wrong at rest; the
 * validation of {@link CountAtRestOperations} must catch it (a corrupted count, not a lagging estimate).
 */
@Check(shows = "Negative control: a map whose size is a plain int counter that loses updates must be reported "
        + "as a count corrupted at rest (not as ConcurrentHashMap's estimate)", kind = CheckKind.NEGATIVE_CONTROL,
        map = UnsyncSizeCounterMap.class, expectedFailure = FailureKind.VALIDATION)
public class UnsyncSizeCounterNegativeControl extends CountAtRestOperations {
    public UnsyncSizeCounterNegativeControl() {
        super(new UnsyncSizeCounterMap<>());
    }
}
