package org.stressharness.lincheck.catalog;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A map for a negative control: entries in a ConcurrentHashMap (correct) and an exact count at rest, but while an
 * insert or removal runs {@code size()} counts ten more per update in flight: an estimate further off than the
 * updates running could explain.
 */
public class InflatedSizeMap<K, V> extends ConcurrentHashMap<K, V> {

    /** How far off the count is, per update in flight. */
    static final int OFF_BY = 10;

    private final AtomicInteger inFlight = new AtomicInteger();

    @Override
    public V putIfAbsent(K key, V value) {
        return inFlight(() -> super.putIfAbsent(key, value));
    }

    @Override
    public V remove(Object key) {
        return inFlight(() -> super.remove(key));
    }

    /** Runs an update, counted as in flight while it runs. */
    private V inFlight(Supplier<V> update) {
        inFlight.incrementAndGet();
        try {
            return update.get();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public int size() {
        return super.size() + OFF_BY * inFlight.get();
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }
}
