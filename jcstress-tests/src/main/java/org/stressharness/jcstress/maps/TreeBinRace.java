package org.stressharness.jcstress.maps;

import org.stressharness.api.CollidingKey;
import org.stressharness.jcstress.api.MapOverride;
import org.stressharness.api.StructuralChange;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressMeta;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;
import org.stressharness.api.GuardOf;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two puts race into a bin that is a red-black tree. One idea per file: the unsafe idiom (PlainHashMap:
 * demonstration, the broken outcome ACCEPTABLE_INTERESTING) and its safe twins (ConcurrentMap, SynchronizedMap,
 * LockedMap, ReadWriteLockedMap: guards, the same outcome FORBIDDEN), nested as jcstress tests. Each carries the
 * histogram it produced on x86_64; the report sets every demonstration beside its guards from the same run.
 *
 * <p>x86_64: the outcomes each run measured are in its report (kept: docs/runs/x86_64-quick). AArch64: not
 * measured; what is expected, and why, is in each test's description.
 *
 * <p>The outcomes declared on this class are those every guard of the topic grades; each guard reads them
 * with {@code @JCStressMeta}.
 */
@Outcome(id = "\\w+, intact",            expect = ACCEPTABLE, desc = TreeBinRace.INTACT)
@Outcome(id = "\\w+, looped",            expect = FORBIDDEN,  desc = TreeBinRace.LOOPED)
@Outcome(id = "\\w+, cycle",             expect = FORBIDDEN,  desc = TreeBinRace.CYCLE)
@Outcome(id = "\\w+, threw .*",          expect = FORBIDDEN,  desc = TreeBinRace.PUT_THREW)
@Outcome(id = "\\w+, (lost|size) .*",    expect = FORBIDDEN,  desc = TreeBinRace.CORRUPTED)
@Outcome(id = "\\w+, check threw .*",    expect = FORBIDDEN,  desc = TreeBinRace.CHECK_THREW)
@Outcome(id = TreeBin.DID_NOT_TERMINATE, expect = FORBIDDEN,  desc = TreeBinRace.HALTED)
@Outcome(                                expect = FORBIDDEN,  desc = TreeBinRace.IMPOSSIBLE)
public final class TreeBinRace {

    private TreeBinRace() {
    }

    /** How every test of the topic begins. */
    private static final String SETUP = """
            A map's one bin holds 12 keys with equal hash codes, enough for a default-capacity map to grow to 64 slots \
            and make the bin a red-black tree; two actors each put 6 more colliding keys into it at once, then the \
            arbiter checks that all 24 keys are found and size() is 24: a\s""";

    /** Every test of the topic. */
    private static final String TOPIC = """
            The outcome starts with the bin's shape before the race (tree; list if the setup never made it a tree; \
            opaque for a map the harness cannot see inside).""";

    /** Every guard of the topic. */
    private static final String GUARD = """
            Every access is made thread-safe, so the tree stays whole. Guard: the broken outcomes are FORBIDDEN; \
            seeing one fails the run. On x86 (measured, quick profile, 2-core x86_64, JDK 17; 0.41 to 0.57 million \
            samples each, docs/runs/x86_64-quick): never broken. On ARM (expected, not measured): never, by the map's \
            thread-safety contract.""";

    // Outcome texts, shared by the tests that grade the same outcome.
    static final String INTACT = "All 24 keys present and size() is 24.";
    static final String LOOPED = """
            Non-termination: a put or lookup went round a cycle in the tree for 200 ms, until the harness cleared the \
            link closing it.""";
    static final String CYCLE = """
            The tree's links hold a cycle: a put or lookup walking them would loop forever (found by the arbiter's \
            bounded walk once both actors finished).""";
    static final String PUT_THREW = """
            A put threw, e.g. ClassCastException (a plain node where a TreeNode was expected) or StackOverflowError (a \
            cycle).""";
    static final String CORRUPTED = "Corrupted: keys lost, or size() disagrees with the keys found.";
    static final String CHECK_THREW = "The arbiter's lookups threw on the corrupted bin.";
    static final String HALTED = """
            Non-termination the harness could not break: the fork was ended after 20 s (its other samples are lost).""";
    static final String IMPOSSIBLE = "Impossible: not an outcome this test can produce.";

    @JCStressTest
    @StructuralChange("the racing puts go into a bin that is a red-black tree")
    @Description(SETUP + "plain java.util.HashMap, no synchronization. " + TOPIC + """
            \sConcurrent puts rotate the tree and relink parents and children with no synchronization: entries vanish, \
            a put meets a plain node where it expects a TreeNode (ClassCastException), or a walk meets a cycle and \
            never returns. Demonstration: the broken outcomes are ACCEPTABLE_INTERESTING; the report shows how often \
            it broke. On x86 (measured: quick profile, one fork, 2-core x86_64, JDK 17, docs/runs/x86_64-quick): 0.67% \
            of 381,032 samples broke (keys lost, size drift, cycles), and 2 looped. On ARM (expected, not measured): \
            the same kinds of corruption, since the race is in the program, not in the memory model.""")
    @Outcome(id = "\\w+, intact",            expect = ACCEPTABLE,             desc = INTACT)
    @Outcome(id = "\\w+, looped",            expect = ACCEPTABLE_INTERESTING, desc = LOOPED)
    @Outcome(id = "\\w+, cycle",             expect = ACCEPTABLE_INTERESTING, desc = CYCLE)
    @Outcome(id = "\\w+, threw .*",          expect = ACCEPTABLE_INTERESTING, desc = PUT_THREW)
    @Outcome(id = "\\w+, (lost|size) .*",    expect = ACCEPTABLE_INTERESTING, desc = CORRUPTED)
    @Outcome(id = "\\w+, check threw .*",    expect = ACCEPTABLE_INTERESTING, desc = CHECK_THREW)
    @Outcome(id = TreeBin.DID_NOT_TERMINATE, expect = ACCEPTABLE_INTERESTING, desc = HALTED)
    @Outcome(                                expect = FORBIDDEN,              desc = IMPOSSIBLE)
    @State
    public static class PlainHashMap {

        final Map<CollidingKey, Integer> map = TreeBin.prefill(MapOverride.create(() -> new HashMap<>()));
        final String shape = TreeBin.shape(map);
        TreeBin.Put one;
        TreeBin.Put two;

        @Actor
        public void putOne() {
            one = TreeBin.putAll(map, TreeBin.FIRST_ONE, 0, TreeBin.Watching.MAP);
        }

        @Actor
        public void putTwo() {
            two = TreeBin.putAll(map, TreeBin.FIRST_TWO, 1, TreeBin.Watching.MAP);
        }

        @Arbiter
        public void check(L_Result r) {
            r.r1 = TreeBin.outcome(shape, one, two, map, TreeBin.Watching.MAP);
        }
    }

    @GuardOf({PlainHashMap.class})
    @JCStressTest
    @StructuralChange("the racing puts go into a bin that is a red-black tree")
    @Description(SETUP + "ConcurrentHashMap. " + TOPIC + " " + GUARD)
    @JCStressMeta(TreeBinRace.class)
    @State
    public static class ConcurrentMap {

        final Map<CollidingKey, Integer> map = TreeBin.prefill(MapOverride.create(() -> new ConcurrentHashMap<>()));
        final String shape = TreeBin.shape(map);
        TreeBin.Put one;
        TreeBin.Put two;

        @Actor
        public void putOne() {
            one = TreeBin.putAll(map, TreeBin.FIRST_ONE, 0, TreeBin.Watching.TIME_ONLY);
        }

        @Actor
        public void putTwo() {
            two = TreeBin.putAll(map, TreeBin.FIRST_TWO, 1, TreeBin.Watching.TIME_ONLY);
        }

        @Arbiter
        public void check(L_Result r) {
            r.r1 = TreeBin.outcome(shape, one, two, map, TreeBin.Watching.TIME_ONLY);
        }
    }

    @GuardOf({PlainHashMap.class})
    @JCStressTest
    @StructuralChange("the racing puts go into a bin that is a red-black tree")
    @Description(SETUP + "HashMap wrapped by Collections.synchronizedMap. " + TOPIC + " " + GUARD)
    @JCStressMeta(TreeBinRace.class)
    @State
    public static class SynchronizedMap {

        final Map<CollidingKey, Integer> map = TreeBin.prefill(Collections.synchronizedMap(MapOverride.create(()
                -> new HashMap<>())));
        final String shape = TreeBin.shape(map);
        TreeBin.Put one;
        TreeBin.Put two;

        @Actor
        public void putOne() {
            one = TreeBin.putAll(map, TreeBin.FIRST_ONE, 0, TreeBin.Watching.TIME_ONLY);
        }

        @Actor
        public void putTwo() {
            two = TreeBin.putAll(map, TreeBin.FIRST_TWO, 1, TreeBin.Watching.TIME_ONLY);
        }

        @Arbiter
        public void check(L_Result r) {
            r.r1 = TreeBin.outcome(shape, one, two, map, TreeBin.Watching.TIME_ONLY);
        }
    }

    @GuardOf({PlainHashMap.class})
    @JCStressTest
    @StructuralChange("the racing puts go into a bin that is a red-black tree")
    @Description(SETUP + "HashMap whose every access holds one ReentrantLock. " + TOPIC + " " + GUARD)
    @JCStressMeta(TreeBinRace.class)
    @State
    public static class LockedMap {

        final ReentrantLock lock = new ReentrantLock();
        final Map<CollidingKey, Integer> map = TreeBin.prefill(MapOverride.create(() -> new HashMap<>()));
        final String shape = TreeBin.shape(map);
        TreeBin.Put one;
        TreeBin.Put two;

        @Actor
        public void putOne() {
            lock.lock();
            try {
                one = TreeBin.putAll(map, TreeBin.FIRST_ONE, 0, TreeBin.Watching.TIME_ONLY);
            } finally {
                lock.unlock();
            }
        }

        @Actor
        public void putTwo() {
            lock.lock();
            try {
                two = TreeBin.putAll(map, TreeBin.FIRST_TWO, 1, TreeBin.Watching.TIME_ONLY);
            } finally {
                lock.unlock();
            }
        }

        @Arbiter
        public void check(L_Result r) {
            lock.lock();
            try {
                r.r1 = TreeBin.outcome(shape, one, two, map, TreeBin.Watching.TIME_ONLY);
            } finally {
                lock.unlock();
            }
        }
    }

    @GuardOf({PlainHashMap.class})
    @JCStressTest
    @StructuralChange("the racing puts go into a bin that is a red-black tree")
    @Description(SETUP + "HashMap written under a ReentrantReadWriteLock's write lock and read under its read lock. "
            + TOPIC + " " + GUARD)
    @JCStressMeta(TreeBinRace.class)
    @State
    public static class ReadWriteLockedMap {

        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        final Map<CollidingKey, Integer> map = TreeBin.prefill(MapOverride.create(() -> new HashMap<>()));
        final String shape = TreeBin.shape(map);
        TreeBin.Put one;
        TreeBin.Put two;

        @Actor
        public void putOne() {
            lock.writeLock().lock();
            try {
                one = TreeBin.putAll(map, TreeBin.FIRST_ONE, 0, TreeBin.Watching.TIME_ONLY);
            } finally {
                lock.writeLock().unlock();
            }
        }

        @Actor
        public void putTwo() {
            lock.writeLock().lock();
            try {
                two = TreeBin.putAll(map, TreeBin.FIRST_TWO, 1, TreeBin.Watching.TIME_ONLY);
            } finally {
                lock.writeLock().unlock();
            }
        }

        @Arbiter
        public void check(L_Result r) {
            lock.readLock().lock();
            try {
                r.r1 = TreeBin.outcome(shape, one, two, map, TreeBin.Watching.TIME_ONLY);
            } finally {
                lock.readLock().unlock();
            }
        }
    }
}
