package org.stressharness.api;

/**
 * A key whose hash codes all collide, so every entry lands in one bin. Comparable, as HashMap and
 * ConcurrentHashMap order the entries of a treeified bin by {@code compareTo} when hashes tie.
 * A plain class rather than a record: Lincheck's model checker cannot take field offsets of record fields
 * and warns about it.
 */
public final class CollidingKey implements Comparable<CollidingKey> {

    private final int id;

    public CollidingKey(int id) {
        this.id = id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CollidingKey other && other.id == id;
    }

    @Override
    public int hashCode() {
        return 42;
    }

    @Override
    public int compareTo(CollidingKey other) {
        return Integer.compare(id, other.id);
    }

    @Override
    public String toString() {
        return "K" + id;
    }
}
