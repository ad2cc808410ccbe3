package org.stressharness.lincheck;

/**
 * The user's map ({@code --map}): its count once concurrent putIfAbsent/remove are over must be exact.
 */
@Check(shows = "%s's size()/isEmpty() are exact once concurrent putIfAbsent/remove are over", kind = CheckKind.CORRECT)
public class UserMapCountTest extends CountAtRestOperations {
    public UserMapCountTest() {
        super(UserMapClass.newMap());
    }
}
