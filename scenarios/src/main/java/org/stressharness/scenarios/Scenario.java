package org.stressharness.scenarios;

import org.stressharness.scenarios.workload.BatchFill;
import org.stressharness.scenarios.workload.BoundedLruFill;
import org.stressharness.scenarios.workload.ConcurrentFootprintFill;
import org.stressharness.scenarios.workload.ContainerFill;
import org.stressharness.scenarios.workload.HashMapFill;
import org.stressharness.scenarios.workload.IntArraysFill;
import org.stressharness.scenarios.workload.IntPairBlocks;
import org.stressharness.scenarios.workload.ListFill;
import org.stressharness.scenarios.workload.LockedHashMap;
import org.stressharness.scenarios.workload.PrimitiveMapFill;
import org.stressharness.scenarios.workload.UserMapFill;
import org.stressharness.scenarios.workload.Workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The catalog of memory scenarios: what each does in its child JVM, how it is graded, and how to build the
 * same structure for JOL's independent footprint.
 */
public enum Scenario {

    HASHMAP_DEFAULT("hashmap-default", Kind.UNTIL_OOM, Prediction.REPORTED,
            "HashMap<Integer,Integer> with the default capacity, unbounded inserts until OutOfMemoryError",
            map -> new HashMapFill(false), n -> fill(new HashMap<>(), n)),
    HASHMAP_PRESIZED("hashmap-presized", Kind.UNTIL_OOM, Prediction.GRADED,
            "HashMap<Integer,Integer> presized for the entries the heap is expected to hold (heap / 64 B)",
            map -> new HashMapFill(true), n -> fill(new HashMap<>(Workload.hashMapCapacityFor(n)), n)),
    INT_ARRAYS("int-arrays", Kind.UNTIL_OOM, Prediction.GRADED,
            "The same key/value pairs in preallocated int[] blocks (16K pairs each, never copied)",
            map -> new IntArraysFill(), Scenario::intPairs),
    FASTUTIL_DEFAULT("fastutil-default", Kind.UNTIL_OOM, Prediction.REPORTED,
            "fastutil Int2IntOpenHashMap with its default capacity, the same keys until OutOfMemoryError",
            map -> new PrimitiveMapFill(PrimitiveMapFill.Library.FASTUTIL, false),
            n -> primitive(PrimitiveMapFill.Library.FASTUTIL, 0, n)),
    FASTUTIL_PRESIZED("fastutil-presized", Kind.UNTIL_OOM, Prediction.NONE,
            "fastutil Int2IntOpenHashMap presized for the entries the largest table that fits the free heap holds",
            map -> new PrimitiveMapFill(PrimitiveMapFill.Library.FASTUTIL, true),
            n -> primitive(PrimitiveMapFill.Library.FASTUTIL, n, n)),
    ECLIPSE_DEFAULT("eclipse-default", Kind.UNTIL_OOM, Prediction.REPORTED,
            "Eclipse Collections IntIntHashMap with its default capacity, the same keys until OutOfMemoryError",
            map -> new PrimitiveMapFill(PrimitiveMapFill.Library.ECLIPSE, false),
            n -> primitive(PrimitiveMapFill.Library.ECLIPSE, 0, n)),
    ECLIPSE_PRESIZED("eclipse-presized", Kind.UNTIL_OOM, Prediction.NONE,
            "Eclipse Collections IntIntHashMap presized for the entries the largest table that fits the free heap holds",
            map -> new PrimitiveMapFill(PrimitiveMapFill.Library.ECLIPSE, true),
            n -> primitive(PrimitiveMapFill.Library.ECLIPSE, n, n)),
    ARRAYLIST_DEFAULT("arraylist-default", Kind.FIXED, Prediction.NONE,
            "ArrayList<Integer> left to grow (1.5x) to heap/48 elements: growths, bytes copied, peak heap",
            map -> new ListFill(ListFill.Kind.DEFAULT_GROWTH), n -> list(new ArrayList<>(), n)),
    ARRAYLIST_PRESIZED("arraylist-presized", Kind.FIXED, Prediction.NONE,
            "new ArrayList<Integer>(n) with the same heap/48 elements: no growth",
            map -> new ListFill(ListFill.Kind.PRESIZED), n -> list(new ArrayList<>(n), n)),
    INT_ARRAY("int-array", Kind.FIXED, Prediction.NONE,
            "int[n] with the same heap/48 elements: no boxing, no growth",
            map -> new ListFill(ListFill.Kind.INT_ARRAY), n -> new int[n]),
    CONCURRENT_HASHMAP("concurrenthashmap", Kind.FIXED, Prediction.NONE,
            "ConcurrentHashMap<Integer,Integer> with heap/160 keys: live bytes per entry",
            map -> new ConcurrentFootprintFill(true), n -> fill(new ConcurrentHashMap<>(), n)),
    LOCKED_HASHMAP("hashmap-rwlock", Kind.FIXED, Prediction.NONE,
            "HashMap + ReentrantReadWriteLock with the same heap/160 keys: live bytes per entry",
            map -> new ConcurrentFootprintFill(false), Scenario::locked),
    BOUNDED_LRU("bounded-lru", Kind.BOUNDED, Prediction.NONE,
            "Size-capped LinkedHashMap (removeEldestEntry, cap heap/320) fed 20x its cap: no OOM, heap plateaus",
            map -> new BoundedLruFill(), n -> fill(new LinkedHashMap<>(16, 0.75f, true), n)),
    BATCHES_DEFAULT("batches-default", Kind.UNTIL_OOM, Prediction.GRADED,
            "Batches of ~2000 entries (sigma 400), each in a default-capacity HashMap, kept until OOM",
            map -> new BatchFill(false), null),
    BATCHES_ADAPTIVE("batches-adaptive", Kind.UNTIL_OOM, Prediction.GRADED,
            "The same batches, each HashMap presized to mean + 2 sigma of the last 32 batch sizes",
            map -> new BatchFill(true), null),
    CONTAINER_DIRECT("container-direct-buffers", Kind.CONTAINER, Prediction.GRADED,
            "Simulated container limit: the heap stays small while 1 MiB direct ByteBuffers grow, until the RSS "
                    + "watchdog's SIGKILL",
            map -> new ContainerFill(ContainerFill.Growth.DIRECT_BUFFERS), null),
    CONTAINER_THREADS("container-threads", Kind.CONTAINER, Prediction.GRADED,
            "Simulated container limit: parked threads, each with a touched stack, until the RSS watchdog's SIGKILL",
            map -> new ContainerFill(ContainerFill.Growth.THREADS), null),
    CONTAINER_METASPACE("container-metaspace", Kind.CONTAINER, Prediction.REPORTED,
            "Simulated container limit: generated (hidden) classes fill metaspace until the RSS watchdog's SIGKILL",
            map -> new ContainerFill(ContainerFill.Growth.METASPACE), null),
    CONTAINER_HEAP("container-heap-near-limit", Kind.CONTAINER, Prediction.REPORTED,
            "Simulated container limit with -Xmx set to the limit itself: the heap alone carries the process over "
                    + "it before any OutOfMemoryError",
            map -> new ContainerFill(ContainerFill.Growth.HEAP), null),
    USER_MAP("user-map", Kind.UNTIL_OOM, Prediction.REPORTED,
            "The --map implementation filled with Integer keys until OutOfMemoryError",
            UserMapFill::new, null);

    /** What the second child, at {@link ProfileSettings#PREDICTION_FACTOR} times the heap, is for. */
    public enum Prediction {
        /** Run, and the threshold predicted from the first child must land within the tolerance. */
        GRADED,
        /**
         * Run and shown, not graded: a single backing array that doubles (HashMap's default growth, a primitive
         * map's table) moves its threshold with the resize that fails, up to half the elements; and a heap set to
         * the container's limit brings a young generation that grows with it, so the process's own share grows
         * with the limit too (the linear model was 11-14% off at 160m to 320m); and while classes are defined
         * the collector expands the heap in steps the linear model cannot see (17 to 39 MB committed at 160m;
         * the model was -20% to +56% off in three runs).
         */
        REPORTED,
        /**
         * Not run: the scenario does not end in an OOM, or its threshold is its presized capacity, which is derived
         * from the heap, so predicting it would only restate the sizing rule.
         */
        NONE
    }

    /** How a scenario ends and is graded. */
    public enum Kind {
        /** Runs into OutOfMemoryError; graded on the alert (and the prediction, where the growth is smooth). */
        UNTIL_OOM,
        /** Inserts a fixed count sized to fit; an OOM fails it. */
        FIXED,
        /** Feeds a capped structure an endless stream; an OOM or a growing live heap fails it. */
        BOUNDED,
        /**
         * Runs under a simulated memory limit (the JVM told it with {@code -XX:MaxRAM}, a watchdog that SIGKILLs
         * the child when its RSS passes it); graded on the RSS alert coming before the end.
         */
        CONTAINER
    }

    private final String id;
    private final Kind kind;
    private final Prediction prediction;
    private final String description;
    private final Function<String, Workload> workload;
    private final IntFunction<Object> jolSpecimen;

    Scenario(String id, Kind kind, Prediction prediction, String description, Function<String, Workload> workload,
             IntFunction<Object> jolSpecimen) {
        this.id = id;
        this.kind = kind;
        this.prediction = prediction;
        this.description = description;
        this.workload = workload;
        this.jolSpecimen = jolSpecimen;
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Prediction prediction() {
        return prediction;
    }

    /** Whether the prediction child's threshold must land within the tolerance. */
    public boolean predictionGraded() {
        return prediction == Prediction.GRADED;
    }

    /** Whether the child needs the primitive-collection libraries on its classpath. */
    public boolean usesPrimitiveCollections() {
        return switch (this) {
            case FASTUTIL_DEFAULT, FASTUTIL_PRESIZED, ECLIPSE_DEFAULT, ECLIPSE_PRESIZED -> true;
            default -> false;
        };
    }

    /**
     * Whether each insert's latency is recorded (HdrHistogram): the structures that grow by copying, and their
     * presized twins for comparison. Timing every insert costs two clock reads, so the others go without.
     */
    public boolean insertLatency() {
        return switch (this) {
            case HASHMAP_DEFAULT, HASHMAP_PRESIZED, FASTUTIL_DEFAULT, FASTUTIL_PRESIZED, ECLIPSE_DEFAULT,
                 ECLIPSE_PRESIZED, ARRAYLIST_DEFAULT, ARRAYLIST_PRESIZED -> true;
            default -> false;
        };
    }

    public String description() {
        return description;
    }

    /** The child's workload; {@code mapClass} is the {@code --map} class (used by {@link #USER_MAP} only). */
    public Workload workload(String mapClass) {
        return workload.apply(mapClass);
    }

    public boolean hasJolSpecimen() {
        return jolSpecimen != null;
    }

    /** The same structure holding {@code n} elements, for JOL; empty where none is comparable. */
    public Optional<Object> jolSpecimen(int n) {
        return jolSpecimen == null ? Optional.empty() : Optional.of(jolSpecimen.apply(n));
    }

    /** Every scenario this run offers: {@link #USER_MAP} only when a map class was given. */
    public static List<Scenario> available(boolean withUserMap) {
        return Arrays.stream(values()).filter(s -> withUserMap || s != USER_MAP).toList();
    }

    public static Scenario byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + id + "'"));
    }

    private static Object fill(Map<Integer, Integer> map, int n) {
        for (int i = 0; i < n; i++) {
            map.put(i, i);
        }
        return map;
    }

    private static Object list(List<Integer> list, int n) {
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    private static Object intPairs(int n) {
        IntPairBlocks blocks = new IntPairBlocks();
        for (int i = 0; i < n; i++) {
            blocks.add(i, i);
        }
        return blocks;
    }

    private static Object primitive(PrimitiveMapFill.Library library, int expected, int n) {
        PrimitiveMapFill.IntMap map = library.create(expected);
        for (int i = 0; i < n; i++) {
            map.put().put(i, i);
        }
        return map.map();
    }

    private static Object locked(int n) {
        LockedHashMap<Integer, Integer> map = new LockedHashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(i, i);
        }
        return map;
    }
}
