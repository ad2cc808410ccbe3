package org.stressharness.jcstress.maps;

import org.stressharness.jcstress.api.MapOverride;
import org.stressharness.api.StructuralChange;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressMeta;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;
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
 * A get() of a key present all along races a put that resizes the table. One idea per file: the unsafe idiom
 * (PlainHashMap: demonstration, the broken outcome ACCEPTABLE_INTERESTING) and its safe twins (ConcurrentMap,
 * SynchronizedMap, LockedMap, ReadWriteLockedMap: guards, the same outcome FORBIDDEN), nested as jcstress tests.
 * Each carries the histogram it produced on x86_64; the report sets every demonstration beside its guards from the
 * same run.
 *
 * <p>The outcomes declared on this class are those every guard of the topic grades; each guard reads them
 * with {@code @JCStressMeta}.
 */
@Outcome(id = "1", expect = ACCEPTABLE, desc = ReaderDuringResize.FOUND)
@Outcome(id = "0", expect = FORBIDDEN,  desc = ReaderDuringResize.MISSED)
public final class ReaderDuringResize {

    private ReaderDuringResize() {
    }

    /** Every guard of the topic. */
    private static final String GUARD = """
            The reader must find the key whatever the writer does. Guard: the broken outcomes are FORBIDDEN; seeing \
            one fails the run. On x86 (measured, quick profile, 2-core x86_64, JDK 17; docs/jcstress.md): never seen. \
            On ARM (expected, not measured): never, by the map's thread-safety contract.""";

    // Outcome texts, shared by the tests that grade the same outcome.
    static final String FOUND = "The reader found the key present all along.";
    static final String MISSED = "get() returned null for a key present all along.";

    @JCStressTest
    @StructuralChange("the writer's put resizes the table from 16 to 32 slots")
    @Description("""
            A map at its resize threshold (12 entries, capacity 16) holds key 31 all along; one thread's put forces a \
            resize while another thread gets key 31: a plain java.util.HashMap, no synchronization. HashMap.resize() \
            installs the new, empty table first and moves the bins afterwards (key 31 sits in the last bin moved), so \
            a concurrent get() can return null for a key that was never removed. Demonstration: the broken outcomes \
            are ACCEPTABLE_INTERESTING; the report shows how often it broke. On x86 (measured, quick profile, 2-core \
            x86_64, JDK 17; docs/jcstress.md): null in about 0.16% of samples; the window is the whole bin transfer. \
            On ARM (expected, not measured: the race is in the program, not in the memory model, so it needs no \
            hardware reordering): seen as well.""")
    @Outcome(id = "1", expect = ACCEPTABLE,             desc = FOUND)
    @Outcome(id = "0", expect = ACCEPTABLE_INTERESTING, desc = MISSED)
    @State
    public static class PlainHashMap {

        final Map<Integer, Integer> map = MapOverride.create(() -> new HashMap<>());

        public PlainHashMap() {
            for (int k = 0; k < 11; k++) {
                map.put(k, k);
            }
            map.put(31, 31);
        }

        @Actor
        public void putForcingResize() {
            map.put(32, 32);
        }

        @Actor
        public void getPresentKey(I_Result r) {
            r.r1 = map.get(31) == null ? 0 : 1;
        }
    }

    @GuardOf({PlainHashMap.class})
    @JCStressTest
    @StructuralChange("the writer's put resizes the table from 16 to 32 slots")
    @Description("""
            A ConcurrentHashMap of default capacity (16 slots) resizes when its count reaches 12; it holds 11 entries, \
            key 31 among them; one thread's put forces a resize while another thread gets key 31: a \
            ConcurrentHashMap.\s""" + GUARD)
    @JCStressMeta(ReaderDuringResize.class)
    @State
    public static class ConcurrentMap {

        final Map<Integer, Integer> map = MapOverride.create(() -> new ConcurrentHashMap<>());

        public ConcurrentMap() {
            for (int k = 0; k < 10; k++) {
                map.put(k, k);
            }
            map.put(31, 31);
        }

        @Actor
        public void putForcingResize() {
            map.put(32, 32);
        }

        @Actor
        public void getPresentKey(I_Result r) {
            r.r1 = map.get(31) == null ? 0 : 1;
        }
    }

    @GuardOf({PlainHashMap.class})
    @JCStressTest
    @StructuralChange("the writer's put resizes the table from 16 to 32 slots")
    @Description("""
            A map at its resize threshold (12 entries, capacity 16) holds key 31 all along; one thread's put forces a \
            resize while another thread gets key 31: a HashMap wrapped by Collections.synchronizedMap.\s"""
            + GUARD)
    @JCStressMeta(ReaderDuringResize.class)
    @State
    public static class SynchronizedMap {

        final Map<Integer, Integer> map = Collections.synchronizedMap(MapOverride.create(() -> new HashMap<>()));

        public SynchronizedMap() {
            for (int k = 0; k < 11; k++) {
                map.put(k, k);
            }
            map.put(31, 31);
        }

        @Actor
        public void putForcingResize() {
            map.put(32, 32);
        }

        @Actor
        public void getPresentKey(I_Result r) {
            r.r1 = map.get(31) == null ? 0 : 1;
        }
    }

    @GuardOf({PlainHashMap.class})
    @JCStressTest
    @StructuralChange("the writer's put resizes the table from 16 to 32 slots")
    @Description("""
            A map at its resize threshold (12 entries, capacity 16) holds key 31 all along; one thread's put forces a \
            resize while another thread gets key 31: a HashMap whose every access holds one ReentrantLock.\s""" + GUARD)
    @JCStressMeta(ReaderDuringResize.class)
    @State
    public static class LockedMap {

        final Map<Integer, Integer> map = MapOverride.create(() -> new HashMap<>());
        final ReentrantLock lock = new ReentrantLock();

        public LockedMap() {
            for (int k = 0; k < 11; k++) {
                map.put(k, k);
            }
            map.put(31, 31);
        }

        @Actor
        public void putForcingResize() {
            lock.lock();
            try {
                map.put(32, 32);
            } finally {
                lock.unlock();
            }
        }

        @Actor
        public void getPresentKey(I_Result r) {
            lock.lock();
            try {
                r.r1 = map.get(31) == null ? 0 : 1;
            } finally {
                lock.unlock();
            }
        }
    }

    @GuardOf({PlainHashMap.class})
    @JCStressTest
    @StructuralChange("the writer's put resizes the table from 16 to 32 slots")
    @Description("""
            A map at its resize threshold (12 entries, capacity 16) holds key 31 all along; one thread's put forces a \
            resize while another thread gets key 31: a HashMap written under a ReentrantReadWriteLock's write lock and \
            read under its read lock.\s""" + GUARD)
    @JCStressMeta(ReaderDuringResize.class)
    @State
    public static class ReadWriteLockedMap {

        final Map<Integer, Integer> map = MapOverride.create(() -> new HashMap<>());
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

        public ReadWriteLockedMap() {
            for (int k = 0; k < 11; k++) {
                map.put(k, k);
            }
            map.put(31, 31);
        }

        @Actor
        public void putForcingResize() {
            lock.writeLock().lock();
            try {
                map.put(32, 32);
            } finally {
                lock.writeLock().unlock();
            }
        }

        @Actor
        public void getPresentKey(I_Result r) {
            lock.readLock().lock();
            try {
                r.r1 = map.get(31) == null ? 0 : 1;
            } finally {
                lock.readLock().unlock();
            }
        }
    }
}
