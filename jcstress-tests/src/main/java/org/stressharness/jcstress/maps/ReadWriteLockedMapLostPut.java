package org.stressharness.jcstress.maps;

import org.stressharness.jcstress.GuardOf;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Lost put: guard. Demonstration: {@link HashMapLostPut}.
 */
@GuardOf({HashMapLostPut.class})
@JCStressTest
@Description("Two threads put distinct keys into an empty map: a HashMap written under a ReentrantReadWriteLock's write lock and read under its read lock. An arbiter counts the entries get() finds (r1 = entries lost) and compares size() with them (r2 = size() minus entries found). Every access is made thread-safe, so no entry or count may be lost. Guard: the broken outcomes are FORBIDDEN; seeing one fails the run. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never, by the map's thread-safety contract.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "Every entry is present and size() agrees.")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "Lost put: one entry is gone and size() agrees with what is left.")
@Outcome(id = "1, 1", expect = FORBIDDEN, desc = "Size drift: size() counts an entry that get() cannot find.")
@Outcome(id = "0, -1", expect = FORBIDDEN, desc = "Lost size update: every entry is present but size() is one short.")
@Outcome(expect = FORBIDDEN, desc = "Worse corruption: several entries lost, or size() off by more than one.")
@State
public class ReadWriteLockedMapLostPut {

    final Map<Integer, Integer> map = MapUnderTest.create(() -> new HashMap<>());
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    @Actor
    public void putOne() {
        lock.writeLock().lock();
        try {
            map.put(1, 1);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Actor
    public void putTwo() {
        lock.writeLock().lock();
        try {
            map.put(2, 2);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Arbiter
    public void check(II_Result r) {
        lock.readLock().lock();
        try {
            MapIntegrity.report(map, 1, 2, r);
        } finally {
            lock.readLock().unlock();
        }
    }
}
