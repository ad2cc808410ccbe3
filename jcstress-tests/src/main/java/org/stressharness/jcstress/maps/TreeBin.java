package org.stressharness.jcstress.maps;

import org.stressharness.api.CollidingKey;
import org.stressharness.api.NonTermination;
import java.util.Map;

/**
 * The tree-bin tests' shared setup and verdict. A state holds a map whose one bin (all keys collide) already
 * holds {@value #PREFILLED} keys: enough for a default-capacity {@code HashMap} or {@code ConcurrentHashMap} to
 * grow its table to 64 slots and turn the bin into a red-black tree on the way. Two jcstress actors then put
 * {@value #PER_ACTOR} more colliding keys each, and the arbiter checks what is left.
 *
 * <p>The outcome is one string, {@code "<shape>, <what happened>"}: the shape of the bin before the race
 * ({@link MapInsides#TREE}, {@link MapInsides#LIST} when the setup never made it a tree, {@link MapInsides#OPAQUE}
 * when the harness cannot see inside the map), then {@code intact}, {@code looped} (a put or the check went round a
 * cycle for 200 ms, until {@link NonTerminationWatch} cleared the link closing it), {@code cycle} (the tree's parent
 * or child links hold a cycle, found by {@link MapInsides#treeCycle} in the arbiter once both actors have finished;
 * an actor that suspects one stops putting, and keys it did not put are not looked for), {@code threw X} (an actor's
 * put threw X, caught so it is counted rather than failing the fork), {@code lost N} or {@code size S} (the arbiter
 * found N keys missing, or size() disagreeing with the keys found), or {@code check threw X}. A put or lookup that
 * never returns (a cycle in a corrupted tree) ends the fork through {@link NonTerminationWatch}; the suite runner
 * reports such a fork, when the watch's marker says it looped, as the outcome {@value #DID_NOT_TERMINATE}, which
 * each test grades (a jcstress timeout without the marker is an ERROR).
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
    /** The arbiter's word for a tree whose links hold a cycle once both actors have finished. */
    static final String CYCLE = "cycle";
    /** What a put or the check reports when it looped until {@link NonTerminationWatch} broke the cycle. */
    static final String LOOPED = "looped";

    /** The outcome the suite runner gives a fork that jcstress ended because an actor never returned. */
    public static final String DID_NOT_TERMINATE = NonTermination.DID_NOT_TERMINATE;

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
     * What the watch may do with a state's map while an actor or the arbiter is in it. A guard's map is correct, and
     * a walk of its links without its lock could catch it mid-rotation: the watch only times it.
     */
    enum Watching {
        /** The unsafe map of a demonstration: the watch may look for a cycle and clear the link closing it. */
        MAP,
        /** A guard's map: timed only, never read or changed by the watch (a loop ends the fork after 20 s). */
        TIME_ONLY
    }

    /** The map the watch may look into: the demonstration's; none for a guard, whose operations it only times. */
    static Map<CollidingKey, Integer> shownToWatch(Map<CollidingKey, Integer> map, Watching watching) {
        return watching == Watching.MAP ? map : null;
    }

    /**
     * What one actor's puts came to.
     *
     * @param thrown  what a put threw, or null
     * @param looped  a put went round a cycle until the watch cleared it
     * @param skipped the keys it did not put, having seen what looked like a cycle before putting them (its walk ran
     *                while the other actor may have been rotating the tree, so only the arbiter can confirm it)
     */
    record Put(String thrown, boolean looped, int skipped) {
    }

    /**
     * Puts {@value #PER_ACTOR} keys from {@code first}, watched in {@code slot} (0 or 1, one per actor). Before each
     * put it walks the bin, bounded: a cycle would hold the put forever, so on a suspected one it stops putting and
     * leaves the verdict to the arbiter.
     */
    static Put putAll(Map<CollidingKey, Integer> map, int first, int slot, Watching watching) {
        NonTerminationWatch.enter(slot, shownToWatch(map, watching));
        String thrown = null;
        int skipped = 0;
        try {
            for (int k = first; k < first + PER_ACTOR; k++) {
                if (MapInsides.treeCycle(map, ANY_KEY, CYCLE_LIMIT)) {
                    skipped = first + PER_ACTOR - k;
                    break;
                }
                map.put(new CollidingKey(k), k);
            }
        } catch (Throwable t) {
            // A StackOverflowError from walking a cycle is a finding here, not a harness failure.
            thrown = t.getClass().getSimpleName();
        }
        return new Put(thrown, NonTerminationWatch.exit(slot), skipped);
    }

    /**
     * The outcome string, once both actors have finished; see the class comment. {@code cycle} only for a cycle the
     * arbiter itself finds, with no actor running: an actor's walk that crossed the other actor's rotation can meet a
     * node twice in a tree that has none. When an actor stopped on a suspicion the arbiter does not confirm, the
     * keys it did not put are not looked for.
     */
    static String outcome(String shape, Put one, Put two, Map<CollidingKey, Integer> map, Watching watching) {
        if (one.looped() || two.looped()) {
            return shape + ", " + LOOPED;
        }
        String thrown = one.thrown() != null ? one.thrown() : two.thrown();
        if (thrown != null) {
            return shape + ", threw " + thrown;
        }
        if (MapInsides.treeCycle(map, ANY_KEY, CYCLE_LIMIT)) {
            return shape + ", " + CYCLE;
        }
        NonTerminationWatch.enter(ARBITER_SLOT, shownToWatch(map, watching));
        String result;
        try {
            int expected = KEYS - one.skipped() - two.skipped();
            int found = count(map, 0, PREFILLED) + count(map, FIRST_ONE, PER_ACTOR - one.skipped())
                    + count(map, FIRST_TWO, PER_ACTOR - two.skipped());
            int size = found == expected ? map.size() : -1;
            result = found != expected ? shape + ", lost " + (expected - found)
                    : size == expected ? shape + ", intact" : shape + ", size " + size;
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
