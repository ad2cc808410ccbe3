package org.stressharness.scenarios.catalog;

import java.util.HashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The usual alternative to a concurrent map: a HashMap behind a read-write lock. */
public final class LockedHashMap<K, V> {

    private final HashMap<K, V> map = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public V put(K key, V value) {
        lock.writeLock().lock();
        try {
            return map.put(key, value);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public V get(K key) {
        lock.readLock().lock();
        try {
            return map.get(key);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The map behind the lock, for the probe's growth count; not for use without the lock. */
    HashMap<K, V> unguarded() {
        return map;
    }

    public int size() {
        lock.readLock().lock();
        try {
            return map.size();
        } finally {
            lock.readLock().unlock();
        }
    }
}
