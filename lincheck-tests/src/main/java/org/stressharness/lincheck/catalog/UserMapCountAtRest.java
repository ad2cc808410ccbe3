package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;
import org.stressharness.lincheck.engine.UserMapClass;

/**
 * The user's map ({@code --map}): its count once concurrent putIfAbsent/remove are over must be exact.
 */
@Check(shows = "%s's size()/isEmpty() are exact once concurrent putIfAbsent/remove are over", kind = CheckKind.CORRECT)
public class UserMapCountAtRest extends CountAtRestOperations {
    public UserMapCountAtRest() {
        super(UserMapClass.newMap());
    }
}
