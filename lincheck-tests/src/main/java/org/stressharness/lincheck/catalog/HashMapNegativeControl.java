package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;
import java.util.HashMap;

/**
 * Negative control: a plain HashMap is not thread-safe, so Lincheck must report it.
 */
@Check(shows = "Negative control: plain HashMap must be reported", kind = CheckKind.NEGATIVE_CONTROL,
        map = HashMap.class)
public class HashMapNegativeControl extends SizedMapOperations {
    public HashMapNegativeControl() {
        super(new HashMap<>());
    }
}
