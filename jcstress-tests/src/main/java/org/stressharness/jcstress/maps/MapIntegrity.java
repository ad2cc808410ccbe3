package org.stressharness.jcstress.maps;

import org.openjdk.jcstress.infra.results.II_Result;

import java.util.Map;

/** The checks the map tests' arbiters share: which expected entries survived, and does size() agree. */
final class MapIntegrity {

    /** Keys the tree-bin tests hold once both threads are done: 0..9, 100..105 and 200..205. */
    static final int TREE_BIN_KEYS = 22;

    private MapIntegrity() {
    }

    /**
     * Reports on a map that should hold exactly the integer keys {@code first..last}:
     * {@code r1} = entries lost, {@code r2} = size() minus entries found.
     */
    static void report(Map<Integer, Integer> map, int first, int last, II_Result r) {
        int found = 0;
        for (int k = first; k <= last; k++) {
            Integer v = map.get(k);
            if (v != null && v == k) {
                found++;
            }
        }
        r.r1 = (last - first + 1) - found;
        r.r2 = map.size() - found;
    }

    /** Throws when a tree-bin test's map lost an entry or miscounts; jcstress records the throw as ERROR. */
    static void requireCollidingKeys(Map<CollidingKey, Integer> map) {
        int found = 0;
        for (int base : new int[] {0, 100, 200}) {
            int count = base == 0 ? 10 : 6;
            for (int k = base; k < base + count; k++) {
                Integer v = map.get(new CollidingKey(k));
                if (v != null && v == k) {
                    found++;
                }
            }
        }
        int size = map.size();
        if (found != TREE_BIN_KEYS || size != TREE_BIN_KEYS) {
            throw new IllegalStateException("tree bin corrupted: found " + found + " of " + TREE_BIN_KEYS
                    + " keys, size() = " + size);
        }
    }
}
