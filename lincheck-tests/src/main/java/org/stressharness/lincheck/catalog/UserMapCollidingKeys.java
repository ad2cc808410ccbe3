package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;
import org.stressharness.lincheck.engine.UserMapClass;

/**
 * The user's map ({@code --map}) with all keys in one hash bucket.
 */
@Check(shows = "%s is linearizable with all keys sharing one hash code", kind = CheckKind.CORRECT)
public class UserMapCollidingKeys extends CollidingKeysTarget {
    public UserMapCollidingKeys() {
        super(UserMapClass.newMap());
    }
}
