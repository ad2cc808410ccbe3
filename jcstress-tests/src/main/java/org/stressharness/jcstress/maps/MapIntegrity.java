package org.stressharness.jcstress.maps;

import org.openjdk.jcstress.infra.results.II_Result;

import java.util.Map;

/** The checks the map tests' arbiters share: which expected entries survived, and does size() agree. */
final class MapIntegrity {

    // What report's two results mean, in the words the tests' outcomes use.
    static final String INTACT = "Every entry is present and size() agrees.";
    static final String LOST_PUT = "Lost put: one entry is gone and size() agrees with what is left.";
    static final String SIZE_DRIFT = "Size drift: size() counts an entry that get() cannot find.";
    static final String LOST_SIZE_UPDATE = "Lost size update: every entry is present but size() is one short.";
    static final String WORSE_CORRUPTION = "Worse corruption: several entries lost, or size() off by more than one.";

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
}
