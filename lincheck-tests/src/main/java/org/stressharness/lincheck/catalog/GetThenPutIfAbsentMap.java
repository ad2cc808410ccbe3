package org.stressharness.lincheck.catalog;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A classic mistake, kept as a negative control: {@code putIfAbsent} written as a check followed by an act.
 * Each call is thread-safe, the pair is not, so two threads can both see the key absent and both "win".
 */
public class GetThenPutIfAbsentMap<K, V> extends ConcurrentHashMap<K, V> {

    @Override
    public V putIfAbsent(K key, V value) {
        V existing = get(key);
        if (existing == null) {
            put(key, value);
        }
        return existing;
    }
}
