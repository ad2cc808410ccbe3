package org.stressharness.lincheck;

/** The user's map ({@code --map}): {@code size()} and {@code isEmpty()} while entries come and go. */
public class UserMapSizeTarget extends CountedPutIfAbsentOperations {
    public UserMapSizeTarget() {
        super(UserMapClass.newMap());
    }
}
