package org.stressharness.lincheck;

/**
 * The user's map ({@code --map}): {@code size()} and {@code isEmpty()} while entries come and go.
 */
@Check(shows = "Whether %s.size()/isEmpty() are linearizable under concurrent putIfAbsent/remove "
        + "(ConcurrentHashMap's are not: estimates while updates run)", kind = CheckKind.FINDING,
        evidence = SizeFinding.EVIDENCE, countAtRest = UserMapCountTest.class)
public class UserMapSizeFinding extends CountedPutIfAbsentOperations {
    public UserMapSizeFinding() {
        super(UserMapClass.newMap());
    }
}
