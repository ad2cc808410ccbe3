package org.stressharness.lincheck.catalog;

import org.stressharness.api.CollidingKey;
import java.util.Map;

/**
 * Every single-key operation with {@link CollidingKey}s over a map that already holds {@value #FILLER_KEYS} other
 * colliding keys, so the one bin is a tree (a red-black tree once a bin holds more than 8 entries and the table has
 * at least 64 slots) before the first operation runs. The filler keys lie outside the generated range and no
 * operation here observes the map's size, so the empty locked map remains a valid specification.
 */
public abstract class CollidingKeysTarget extends MapOperations {

    static final int FILLER_KEYS = 10;
    private static final int FILLER_BASE = 1000;

    protected CollidingKeysTarget(Map<Object, Integer> map) {
        super(fill(map));
    }

    private static Map<Object, Integer> fill(Map<Object, Integer> map) {
        for (int i = 0; i < FILLER_KEYS; i++) {
            map.put(new CollidingKey(FILLER_BASE + i), i);
        }
        return map;
    }

    @Override
    protected Object key(int key) {
        return new CollidingKey(key);
    }
}
