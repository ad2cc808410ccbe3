package org.stressharness.jcstress.maps;

import java.util.Map;

/**
 * The tree-bin tests' shared setup and verdict. A state holds a map whose one bin (all keys collide) already
 * holds {@value #PREFILLED} keys: enough for a default-capacity {@code HashMap} or {@code ConcurrentHashMap} to
 * grow its table to 64 slots and turn the bin into a red-black tree on the way. Two jcstress actors then put
 * {@value #PER_ACTOR} more colliding keys each, and the arbiter checks what is left.
 *
 * <p>The outcome is one string, {@code "<shape>, <what happened>"}: the shape of the bin before the race
 * ({@link MapInsides#TREE}, {@link MapInsides#LIST} when the setup never made it a tree, {@link MapInsides#OPAQUE}
 * when the harness cannot see inside the map), then {@code intact}, {@code looped} (a put or the check went
 * round a cycle for 200 ms, until {@link NonTerminationWatch} cleared the link closing it), {@code cycle} (the tree's parent or child
 * links hold a cycle, seen by {@link MapInsides#treeCycle} before a put or the check walked it forever; looked
 * for in a plain HashMap only, the one map here with no lock to hold), {@code threw X} (an actor's put threw X,
 * caught so it is counted rather than failing the fork), {@code lost N} or {@code size S} (the arbiter found N
 * keys missing, or size() disagreeing with the keys found), or {@code check threw X}. A put or lookup that never
 * returns (a cycle in a corrupted tree) ends the fork through {@link NonTerminationWatch} (or jcstress's own
 * timeout); the suite runner reports such a fork as the outcome {@value #DID_NOT_TERMINATE}, which each test
 * grades.
 */
public final class TreeBin {

    static final int PREFILLED = 12;
    static final int PER_ACTOR = 6;
    static final int KEYS = PREFILLED + 2 * PER_ACTOR;
    static final int FIRST_ONE = 100;
    static final int FIRST_TWO = 200;

    private static final int ARBITER_SLOT = 2;
    private static final CollidingKey ANY_KEY = new CollidingKey(0);
    /** More nodes than the bin ever holds: a walk that goes further is going round a cycle. */
    private static final int CYCLE_LIMIT = 4 * (PREFILLED + 2 * PER_ACTOR);
    /** What an actor reports, instead of putting, when the tree's links already hold a cycle. */
    static final String CYCLE = "cycle";
    /** What a put or the check reports when it looped until {@link NonTerminationWatch} broke the cycle. */
    static final String LOOPED = "looped";

    /** The outcome the suite runner gives a fork that jcstress ended because an actor never returned. */
    public static final String DID_NOT_TERMINATE = "did not terminate";

    private TreeBin() {
    }

    static <M extends Map<CollidingKey, Integer>> M prefill(M map) {
        for (int k = 0; k < PREFILLED; k++) {
            map.put(new CollidingKey(k), k);
        }
        return map;
    }

    /** The bin's shape as the race starts. */
    static String shape(Map<CollidingKey, Integer> map) {
        return MapInsides.binShape(map, new CollidingKey(0));
    }

    /**
     * Puts {@value #PER_ACTOR} keys from {@code first}, watched in {@code slot} (0 or 1, one per actor); returns
     * null, or what was thrown (Errors included).
     */
    static String putAll(Map<CollidingKey, Integer> map, int first, int slot) {
        NonTerminationWatch.enter(slot, map);
        String result = null;
        try {
            for (int k = first; k < first + PER_ACTOR; k++) {
                if (MapInsides.treeCycle(map, ANY_KEY, CYCLE_LIMIT)) {
                    result = CYCLE;
                    break;
                }
                map.put(new CollidingKey(k), k);
            }
        } catch (Throwable t) {
            // A StackOverflowError from walking a cycle is a finding here, not a harness failure.
            result = t.getClass().getSimpleName();
        }
        return NonTerminationWatch.exit(slot) ? LOOPED : result;
    }

    /** The outcome string; see the class comment. */
    static String outcome(String shape, String thrownOne, String thrownTwo, Map<CollidingKey, Integer> map) {
        for (String marker : new String[] {LOOPED, CYCLE}) {
            if (marker.equals(thrownOne) || marker.equals(thrownTwo)) {
                return shape + ", " + marker;
            }
        }
        String thrown = thrownOne != null ? thrownOne : thrownTwo;
        if (thrown != null) {
            return shape + ", threw " + thrown;
        }
        if (MapInsides.treeCycle(map, ANY_KEY, CYCLE_LIMIT)) {
            return shape + ", " + CYCLE;
        }
        NonTerminationWatch.enter(ARBITER_SLOT, map);
        String result;
        try {
            int found = count(map, 0, PREFILLED) + count(map, FIRST_ONE, PER_ACTOR) + count(map, FIRST_TWO, PER_ACTOR);
            int size = found == KEYS ? map.size() : -1;
            result = found != KEYS ? shape + ", lost " + (KEYS - found)
                    : size == KEYS ? shape + ", intact" : shape + ", size " + size;
        } catch (Throwable t) {
            result = shape + ", check threw " + t.getClass().getSimpleName();
        }
        return NonTerminationWatch.exit(ARBITER_SLOT) ? shape + ", " + LOOPED : result;
    }

    private static int count(Map<CollidingKey, Integer> map, int first, int n) {
        int found = 0;
        for (int k = first; k < first + n; k++) {
            Integer v = map.get(new CollidingKey(k));
            if (v != null && v == k) {
                found++;
            }
        }
        return found;
    }
}
