package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;
import org.stressharness.lincheck.engine.UserMapClass;

/**
 * The user's map ({@code --map}): {@code size()} and {@code isEmpty()} while entries come and go, graded, not
 * excused. A user's map is held to what ConcurrentHashMap's documentation allows (an estimate off by no more than
 * the updates in flight, exact at rest); only the JDK's own map, whose documentation says so, is reported as the
 * documented finding ({@link ConcurrentHashMapSizeFinding}).
 */
@Check(shows = "%s.size()/isEmpty() stay within what concurrent putIfAbsent/remove allow (off by no more than the "
        + "updates in flight, as ConcurrentHashMap documents) and are exact at rest", kind = CheckKind.CORRECT)
public class UserMapSizeEstimate extends EstimatedCountOperations {
    public UserMapSizeEstimate() {
        super(UserMapClass.newMap());
    }
}
