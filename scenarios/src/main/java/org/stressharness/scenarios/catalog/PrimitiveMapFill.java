package org.stressharness.scenarios.catalog;

import org.stressharness.scenarios.engine.Workload;
import org.stressharness.scenarios.engine.Scenario;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import org.eclipse.collections.api.map.primitive.IntIntMap;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;
import org.stressharness.scenarios.probe.BackingArrayWatch;
import org.stressharness.scenarios.probe.HeapProbe;


/**
 * The remedy a Java team reaches for instead of {@code HashMap<Integer,Integer>}: a primitive int-to-int map
 * (open addressing, no boxes, no nodes), filled with the same keys until the heap runs out, with the library's
 * default capacity or presized.
 */
public final class PrimitiveMapFill implements Workload {

    /**
     * A class of each library's jar. They hold thousands of classes, and once the class loader has opened a jar it
     * keeps the jar's directory on the heap (about 3.8 MB for these, measured in a child's baseline), and a lookup
     * that misses the jars before them opens them: so only the children that use them get them on their classpath.
     * Named as strings: a class literal here would load (and open) every library in every primitive map's child.
     */
    static final String[] LIBRARY_CLASSES = {"it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap",
        "org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap",
        "org.eclipse.collections.api.map.primitive.IntIntMap"};

    public static final Scenario FASTUTIL_DEFAULT = declare("fastutil-default", Library.FASTUTIL, false,
            Scenario.Prediction.REPORTED,
            "fastutil Int2IntOpenHashMap with its default capacity, the same keys until OutOfMemoryError");
    public static final Scenario FASTUTIL_PRESIZED = declare("fastutil-presized", Library.FASTUTIL, true,
            Scenario.Prediction.NONE,
            "fastutil Int2IntOpenHashMap presized for the entries the largest table that fits the free heap holds");
    public static final Scenario ECLIPSE_DEFAULT = declare("eclipse-default", Library.ECLIPSE, false,
            Scenario.Prediction.REPORTED,
            "Eclipse Collections IntIntHashMap with its default capacity, the same keys until OutOfMemoryError");
    public static final Scenario ECLIPSE_PRESIZED = declare("eclipse-presized", Library.ECLIPSE, true,
            Scenario.Prediction.NONE,
            "Eclipse Collections IntIntHashMap presized for the entries the largest table that fits the free heap "
                    + "holds");

    private static Scenario declare(String id, Library library, boolean presized, Scenario.Prediction prediction,
                                    String description) {
        return Scenario.of(PrimitiveMapFill.class, id, Scenario.Kind.UNTIL_OOM, prediction, description,
                        map -> new PrimitiveMapFill(library, presized))
                .withJolSpecimen(n -> {
                    IntMap m = library.create(presized ? n : 0);
                    for (int i = 0; i < n; i++) {
                        m.put().put(i, i);
                    }
                    return m.map();
                })
                .timingInserts().usingLibraries(LIBRARY_CLASSES);
    }

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

        /** The map's class, known before any map takes the heap. */
        Class<?> mapClass() {
            return switch (this) {
                case FASTUTIL -> Int2IntOpenHashMap.class;
                case ECLIPSE -> IntIntHashMap.class;
            };
        }

        /** A map with the library's default capacity ({@code expected == 0}) or presized for {@code expected}. */
        public IntMap create(int expected) {
            return switch (this) {
                case FASTUTIL -> {
                    Int2IntOpenHashMap map = expected == 0 ? new Int2IntOpenHashMap()
                            : new Int2IntOpenHashMap(expected);
                    yield new IntMap(map, map::put);
                }
                case ECLIPSE -> {
                    IntIntHashMap map = expected == 0 ? new IntIntHashMap() : new IntIntHashMap(expected);
                    yield new IntMap(map, map::put);
                }
            };
        }

        /**
         * The entries to presize for: the most a power-of-two table in 90% of the heap left free at the start holds
         * without growing (the rest for the JVM's own allocations on the way).
         */
        public int presizedEntries(long freeHeap) {
            long slots = Long.highestOneBit(freeHeap * 9 / 10 / BYTES_PER_SLOT);
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

    /**
     * The largest presized map the heap can place. Its table is one array of up to 90% of the free heap, and G1
     * puts such an array in contiguous free regions, which the JVM's own large arrays (pinned where they were
     * allocated) can break up: at 32 MB a 16 MB table failed to allocate about once in fifteen children. Then the
     * next smaller power of two is taken, and the halvings are noted ({@code presizeHalvings}).
     */
    private IntMap presizedMap(HeapProbe probe) {
        int expected = library.presizedEntries(probe.maxHeap() - probe.liveBytes(null));
        for (int halvings = 0; ; halvings++) {
            try {
                IntMap map = library.create(expected);
                probe.note("expectedElements", expected);
                probe.note("presizeHalvings", halvings);
                return map;
            } catch (OutOfMemoryError noRoom) {
                if (halvings == 3) {
                    throw noRoom;
                }
                expected /= 2;
            }
        }
    }

    @Override
    public void run(HeapProbe probe) {
        // The watch loads its classes (reflection, a jar's manifest) before a presized table takes the heap: after
        // it, in a 32 MB heap shared with a flight recording (the twin --jfr runs), that loading was an
        // OutOfMemoryError outside the fill, which crashed the child.
        BackingArrayWatch table = new BackingArrayWatch(probe, library.mapClass(), library.arrayField,
                library.parallelArrays);
        IntMap map = presized ? presizedMap(probe) : library.create(0);
        table.watch(map.map());
        IntPut put = map.put();
        probe.fillUntilOom(i -> {
            int k = (int) i;
            put.put(k, k);
            table.check();
        }, BYTES_PER_SLOT / library.loadFactor);
    }
}
