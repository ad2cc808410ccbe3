package org.stressharness.lincheck;

/**
 * The user's map ({@code --map}) under every single-key operation.
 */
@Check(shows = "%s is linearizable for every single-key operation", kind = CheckKind.CORRECT)
public class UserMapTest extends MapOperations {
    public UserMapTest() {
        super(UserMapClass.newMap());
    }
}
