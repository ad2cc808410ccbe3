package org.stressharness.lincheck.catalog;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The sequential specification every map is checked against: a plain {@link HashMap} with every operation
 * under one lock, so each call is trivially atomic. It is itself checked (it must pass).
 */
public final class LockedMap<K, V> extends AbstractMap<K, V> {

    private final HashMap<K, V> map = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public V get(Object key) {
        return locked(() -> map.get(key));
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return locked(() -> map.getOrDefault(key, defaultValue));
    }

    @Override
    public boolean containsKey(Object key) {
        return locked(() -> map.containsKey(key));
    }

    @Override
    public V put(K key, V value) {
        return locked(() -> map.put(key, value));
    }

    @Override
    public V remove(Object key) {
        return locked(() -> map.remove(key));
    }

    @Override
    public boolean remove(Object key, Object value) {
        return locked(() -> map.remove(key, value));
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return locked(() -> map.putIfAbsent(key, value));
    }

    @Override
    public V replace(K key, V value) {
        return locked(() -> map.replace(key, value));
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return locked(() -> map.replace(key, oldValue, newValue));
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        return locked(() -> map.computeIfAbsent(key, mappingFunction));
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return locked(() -> map.computeIfPresent(key, remappingFunction));
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return locked(() -> map.compute(key, remappingFunction));
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        return locked(() -> map.merge(key, value, remappingFunction));
    }

    @Override
    public int size() {
        return locked(map::size);
    }

    @Override
    public boolean isEmpty() {
        return locked(map::isEmpty);
    }

    @Override
    public void clear() {
        locked(() -> {
            map.clear();
            return null;
        });
    }

    /** A snapshot: iterating a live view would escape the lock. */
    @Override
    public Set<Entry<K, V>> entrySet() {
        return locked(() -> {
            Set<Entry<K, V>> copy = new LinkedHashSet<>();
            map.forEach((k, v) -> copy.add(new SimpleImmutableEntry<>(k, v)));
            return copy;
        });
    }

    /**
     * Equal contents compare equal to any map, as {@link Map#equals} requires. Anything else is unequal without
     * taking the lock: Lincheck's model checker calls {@code equals} on receivers (comparing them with
     * {@code System.out}) outside its scheduler, and blocking there would hang the run.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map)) {
            return false;
        }
        return locked(() -> map.equals(o));
    }

    @Override
    public int hashCode() {
        return locked(map::hashCode);
    }
}
