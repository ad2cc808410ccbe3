package org.stressharness.jcstress.maps;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Treeified bin under concurrent puts: guard. Demonstration: {@link HashMapTreeBinRace}.
 */
@JCStressTest(Mode.Termination)
@Description("A bin of 10 keys with equal hash codes in a table of 64 is a red-black tree; two threads each put 6 more colliding keys into it at once, then the actor checks that all 22 keys are found and size() is 22; 100 rounds, each on a fresh map, per sample: a HashMap written under a ReentrantReadWriteLock's write lock and read under its read lock. Runs in Termination mode because a corrupted tree can loop forever: the racing thread that loops keeps the actor from finishing, which jcstress records as STALE before ending the fork. Every access is made thread-safe, so the tree stays whole. Guard: the broken outcomes are FORBIDDEN; seeing one fails the run. On x86: never seen. On ARM: never seen.")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "Every round finished with all 22 keys in the tree.")
@Outcome(id = "ERROR", expect = FORBIDDEN, desc = "A put threw (e.g. ClassCastException) or the check found entries lost.")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "A thread never finished: endless loop in a corrupted tree.")
@State
public class ReadWriteLockedMapTreeBinRace {

    static final int ROUNDS = 100;

    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    // A fresh map per round, handed to the helper through TwoThreadRace's volatile round counter.
    Map<CollidingKey, Integer> map;

    @Actor
    public void race() {
        TwoThreadRace.run(ROUNDS, this::freshTree, () -> putRange(100), () -> putRange(200), this::check);
    }

    @Signal
    public void signal() {
        // The race runs inside the actor; there is nothing to signal.
    }

    private void freshTree() {
        Map<CollidingKey, Integer> m = MapUnderTest.create(() -> new HashMap<>(64));
        for (int k = 0; k < 10; k++) {
            m.put(new CollidingKey(k), k);
        }
        map = m;
    }

    private void putRange(int first) {
        Map<CollidingKey, Integer> m = map;
        for (int k = first; k < first + 6; k++) {
            lock.writeLock().lock();
            try {
                m.put(new CollidingKey(k), k);
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    private void check() {
        Map<CollidingKey, Integer> m = map;
        lock.readLock().lock();
        try {
            MapIntegrity.requireCollidingKeys(m);
        } finally {
            lock.readLock().unlock();
        }
    }
}
