package org.stressharness.lincheck.catalog;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A negative control: entries live in a ConcurrentHashMap (correct), but the size is kept in a plain {@code int}
 * bumped with {@code ++}/{@code --}, a read-modify-write that concurrent updates can lose.
 * Only the operations of {@link CountedPutIfAbsentOperations} maintain the counter.
 */
public class UnsyncSizeCounterMap<K, V> extends ConcurrentHashMap<K, V> {

    private int count;

    @Override
    public V putIfAbsent(K key, V value) {
        V existing = super.putIfAbsent(key, value);
        if (existing == null) {
            count++;
        }
        return existing;
    }

    @Override
    public V remove(Object key) {
        V removed = super.remove(key);
        if (removed != null) {
            count--;
        }
        return removed;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public boolean isEmpty() {
        return count == 0;
    }
}
