package org.stressharness.jcstress.maps;

import org.stressharness.jcstress.GuardOf;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Treeified bin under concurrent puts: guard. Demonstration: {@link HashMapTreeBinRace}.
 */
@GuardOf({HashMapTreeBinRace.class})
@JCStressTest
@StructuralChange("the racing puts go into a bin that is a red-black tree")
@Description("A map's one bin holds 12 keys with equal hash codes, enough for a default-capacity map to grow to 64 slots and make the bin a red-black tree; two actors each put 6 more colliding keys into it at once, then the arbiter checks that all 24 keys are found and size() is 24: a HashMap whose every access holds one ReentrantLock. The outcome starts with the bin's shape before the race (tree; list if the setup never made it a tree; opaque for a map the harness cannot see inside). Every access is made thread-safe, so the tree stays whole. Guard: the broken outcomes are FORBIDDEN; seeing one fails the run. On x86 (measured, quick profile, 2-core x86_64, JDK 17; about 500,000 samples each): never broken. On ARM (expected, not measured): never, by the map's thread-safety contract.")
@Outcome(id = "\\w+, intact", expect = ACCEPTABLE, desc = "All 24 keys present and size() is 24.")
@Outcome(id = "\\w+, looped", expect = FORBIDDEN, desc = "Non-termination: a put or lookup went round a cycle in the tree for a second, until the harness cleared the link closing it.")
@Outcome(id = "\\w+, cycle", expect = FORBIDDEN, desc = "The tree's links hold a cycle: a put or lookup walking them would loop forever (seen by a bounded walk first).")
@Outcome(id = "\\w+, threw .*", expect = FORBIDDEN, desc = "A put threw, e.g. ClassCastException (a plain node where a TreeNode was expected) or StackOverflowError (a cycle).")
@Outcome(id = "\\w+, (lost|size) .*", expect = FORBIDDEN, desc = "Corrupted: keys lost, or size() disagrees with the keys found.")
@Outcome(id = "\\w+, check threw .*", expect = FORBIDDEN, desc = "The arbiter's lookups threw on the corrupted bin.")
@Outcome(id = TreeBin.DID_NOT_TERMINATE, expect = FORBIDDEN, desc = "Non-termination the harness could not break: the fork was ended after 20 s (its other samples are lost).")
@Outcome(expect = FORBIDDEN, desc = "Impossible: not an outcome this test can produce.")
@State
public class LockedMapTreeBinRace {

    final ReentrantLock lock = new ReentrantLock();
    final Map<CollidingKey, Integer> map = TreeBin.prefill(MapUnderTest.create(() -> new HashMap<>()));
    final String shape = TreeBin.shape(map);
    String thrownOne;
    String thrownTwo;

    @Actor
    public void putOne() {
        lock.lock();
        try {
            thrownOne = TreeBin.putAll(map, TreeBin.FIRST_ONE, 0);
        } finally {
            lock.unlock();
        }
    }

    @Actor
    public void putTwo() {
        lock.lock();
        try {
            thrownTwo = TreeBin.putAll(map, TreeBin.FIRST_TWO, 1);
        } finally {
            lock.unlock();
        }
    }

    @Arbiter
    public void check(L_Result r) {
        lock.lock();
        try {
            r.r1 = TreeBin.outcome(shape, thrownOne, thrownTwo, map);
        } finally {
            lock.unlock();
        }
    }
}
