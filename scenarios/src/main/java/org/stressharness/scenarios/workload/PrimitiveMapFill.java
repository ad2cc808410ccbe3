package org.stressharness.scenarios.workload;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;
import org.stressharness.scenarios.probe.BackingArrayWatch;
import org.stressharness.scenarios.probe.HeapProbe;

/**
 * The remedy a Java team reaches for instead of {@code HashMap<Integer,Integer>}: a primitive int-to-int map
 * (open addressing, no boxes, no nodes), filled with the same keys until the heap runs out, with the library's
 * default capacity or presized.
 */
public final class PrimitiveMapFill implements Workload {

    /** The libraries compared. Both keep power-of-two tables and copy everything into one twice the size. */
    public enum Library {
        /**
         * fastutil's {@code Int2IntOpenHashMap}: parallel {@code int[] key, value}, load factor 0.75, so 10.7 B per
         * entry just before a growth and 21.3 B just after (8 B is the floor for an int pair).
         */
        FASTUTIL("key", 2, 0.75),
        /**
         * Eclipse Collections' {@code IntIntHashMap}: one interleaved {@code int[] keysValues}, at most half the
         * slots occupied, so 16 B per entry before a growth and 32 B after.
         */
        ECLIPSE("keysValues", 1, 0.5);

        private final String arrayField;
        private final int parallelArrays;
        private final double loadFactor;

        Library(String arrayField, int parallelArrays, double loadFactor) {
            this.arrayField = arrayField;
            this.parallelArrays = parallelArrays;
            this.loadFactor = loadFactor;
        }

        /** A map with the library's default capacity ({@code expected == 0}) or presized for {@code expected}. */
        public IntMap create(int expected) {
            return switch (this) {
                case FASTUTIL -> {
                    Int2IntOpenHashMap map = expected == 0 ? new Int2IntOpenHashMap() : new Int2IntOpenHashMap(expected);
                    yield new IntMap(map, map::put);
                }
                case ECLIPSE -> {
                    IntIntHashMap map = expected == 0 ? new IntIntHashMap() : new IntIntHashMap(expected);
                    yield new IntMap(map, map::put);
                }
            };
        }

        /**
         * The entries to presize for: the most a table of at most half the heap holds without growing. Half,
         * because the table must fit beside the JVM's own few MB, and the next power of two would not.
         */
        public int presizedEntries(long maxHeap) {
            long slots = Long.highestOneBit(maxHeap / 2 / BYTES_PER_SLOT);
            return (int) Math.min(Integer.MAX_VALUE / 2, (long) (slots * loadFactor));
        }
    }

    /** One slot holds a key and a value, 4 B each, in either layout. */
    static final int BYTES_PER_SLOT = 8;

    /** The map and its primitive put, so the fill loop needs no boxing and no common interface. */
    public record IntMap(Object map, IntPut put) {
    }

    @FunctionalInterface
    public interface IntPut {
        void put(int key, int value);
    }

    private final Library library;
    private final boolean presized;

    public PrimitiveMapFill(Library library, boolean presized) {
        this.library = library;
        this.presized = presized;
    }

    @Override
    public void run(HeapProbe probe) {
        int expected = presized ? library.presizedEntries(probe.maxHeap()) : 0;
        if (presized) {
            probe.note("expectedElements", expected);
        }
        IntMap map = library.create(expected);
        BackingArrayWatch table = new BackingArrayWatch(probe, map.map().getClass(), library.arrayField,
                library.parallelArrays).watch(map.map());
        IntPut put = map.put();
        probe.fillUntilOom(i -> {
            int k = (int) i;
            put.put(k, k);
            table.check();
        }, BYTES_PER_SLOT / library.loadFactor);
    }
}
