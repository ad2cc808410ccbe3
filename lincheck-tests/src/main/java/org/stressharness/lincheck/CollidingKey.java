package org.stressharness.lincheck;

/**
 * A key whose hash codes all collide, so every entry lands in one bin. Comparable, as HashMap and
 * ConcurrentHashMap order the entries of a treeified bin by {@code compareTo} when hashes tie.
 */
public record CollidingKey(int id) implements Comparable<CollidingKey> {

    @Override
    public int hashCode() {
        return 42;
    }

    @Override
    public int compareTo(CollidingKey other) {
        return Integer.compare(id, other.id);
    }
}
