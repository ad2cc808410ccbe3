package org.stressharness.lincheck;

/** The user's map ({@code --map}) with all keys in one hash bucket. */
public class UserMapCollidingKeysTarget extends CollidingKeysTarget {
    public UserMapCollidingKeysTarget() {
        super(UserMapClass.newMap());
    }
}
