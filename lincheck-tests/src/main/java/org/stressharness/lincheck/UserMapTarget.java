package org.stressharness.lincheck;

/** The user's map ({@code --map}) under every single-key operation. */
public class UserMapTarget extends MapOperations {
    public UserMapTarget() {
        super(UserMapClass.newMap());
    }
}
