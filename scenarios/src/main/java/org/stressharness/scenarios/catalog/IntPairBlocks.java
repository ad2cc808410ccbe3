package org.stressharness.scenarios.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Key/value pairs in primitive {@code int[]} blocks of a fixed size, each allocated whole before it is filled
 * and never copied: 8 bytes per pair plus a block header now and then.
 */
public final class IntPairBlocks {

    /** 64 KiB per array: well under G1's humongous size even with 1 MB regions. */
    public static final int BLOCK = 16 * 1024;

    private final List<int[]> keys = new ArrayList<>();
    private final List<int[]> values = new ArrayList<>();
    private long size;

    public void add(int key, int value) {
        int slot = (int) (size % BLOCK);
        if (slot == 0) {
            keys.add(new int[BLOCK]);
            values.add(new int[BLOCK]);
        }
        keys.get(keys.size() - 1)[slot] = key;
        values.get(values.size() - 1)[slot] = value;
        size++;
    }

    public long size() {
        return size;
    }

    /** The value stored for the {@code n}-th pair. */
    public int valueAt(long n) {
        return values.get((int) (n / BLOCK))[(int) (n % BLOCK)];
    }
}
