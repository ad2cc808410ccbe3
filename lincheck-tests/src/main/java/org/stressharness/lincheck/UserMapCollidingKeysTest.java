package org.stressharness.lincheck;

/**
 * The user's map ({@code --map}) with all keys in one hash bucket.
 */
@Check(shows = "%s is linearizable with all keys sharing one hash code", kind = CheckKind.CORRECT)
public class UserMapCollidingKeysTest extends CollidingKeysTarget {
    public UserMapCollidingKeysTest() {
        super(UserMapClass.newMap());
    }
}
