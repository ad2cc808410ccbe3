package org.stressharness.jcstress.maps;

/**
 * A key whose hash code is the same for every instance, so all of them land in one bin. Comparable, so a
 * {@code HashMap} or {@code ConcurrentHashMap} bin that grows past 8 entries becomes a red-black tree.
 */
record CollidingKey(int id) implements Comparable<CollidingKey> {

    @Override
    public int hashCode() {
        return 42;
    }

    @Override
    public int compareTo(CollidingKey other) {
        return Integer.compare(id, other.id);
    }
}
