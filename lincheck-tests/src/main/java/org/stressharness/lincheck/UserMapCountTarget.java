package org.stressharness.lincheck;

/** The user's map ({@code --map}): its count once concurrent putIfAbsent/remove are over must be exact. */
public class UserMapCountTarget extends CountAtRestOperations {
    public UserMapCountTarget() {
        super(UserMapClass.newMap());
    }
}
