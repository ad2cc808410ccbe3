package org.stressharness.jcstress.maps;

import java.util.HashMap;
import java.util.Map;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Treeified bin under concurrent puts: demonstration. Guards: {@link ConcurrentMapTreeBinRace}, {@link SynchronizedMapTreeBinRace}, {@link LockedMapTreeBinRace}, {@link ReadWriteLockedMapTreeBinRace}.
 */
@JCStressTest
@StructuralChange("the racing puts go into a bin that is a red-black tree")
@Description("A map's one bin holds 12 keys with equal hash codes, enough for a default-capacity map to grow to 64 slots and make the bin a red-black tree; two actors each put 6 more colliding keys into it at once, then the arbiter checks that all 24 keys are found and size() is 24: a plain java.util.HashMap, no synchronization. The outcome starts with the bin's shape before the race (tree; list if the setup never made it a tree; opaque for a map the harness cannot see inside). Concurrent puts rotate the tree and relink parents and children with no synchronization: entries vanish, a put meets a plain node where it expects a TreeNode (ClassCastException), or a walk meets a cycle and never returns. Demonstration: the broken outcomes are ACCEPTABLE_INTERESTING; the report shows how often it broke. On x86 (measured: quick profile, 3 runs, 2-core x86_64, JDK 17, 250,531 to 268,963 samples each): 0.39% to 0.83% of samples broke (keys lost, size drift, cycles), and 1 to 2 samples per run looped. On ARM (expected, not measured): the same kinds of corruption, since the race is in the program, not in the memory model.")
@Outcome(id = "\\w+, intact", expect = ACCEPTABLE, desc = "All 24 keys present and size() is 24.")
@Outcome(id = "\\w+, looped", expect = ACCEPTABLE_INTERESTING, desc = "Non-termination: a put or lookup went round a cycle in the tree for a second, until the harness cleared the link closing it.")
@Outcome(id = "\\w+, cycle", expect = ACCEPTABLE_INTERESTING, desc = "The tree's links hold a cycle: a put or lookup walking them would loop forever (seen by a bounded walk first).")
@Outcome(id = "\\w+, threw .*", expect = ACCEPTABLE_INTERESTING, desc = "A put threw, e.g. ClassCastException (a plain node where a TreeNode was expected) or StackOverflowError (a cycle).")
@Outcome(id = "\\w+, (lost|size) .*", expect = ACCEPTABLE_INTERESTING, desc = "Corrupted: keys lost, or size() disagrees with the keys found.")
@Outcome(id = "\\w+, check threw .*", expect = ACCEPTABLE_INTERESTING, desc = "The arbiter's lookups threw on the corrupted bin.")
@Outcome(id = TreeBin.DID_NOT_TERMINATE, expect = ACCEPTABLE_INTERESTING, desc = "Non-termination the harness could not break: the fork was ended after 20 s (its other samples are lost).")
@Outcome(expect = FORBIDDEN, desc = "Impossible: not an outcome this test can produce.")
@State
public class HashMapTreeBinRace {

    final Map<CollidingKey, Integer> map = TreeBin.prefill(MapUnderTest.create(() -> new HashMap<>()));
    final String shape = TreeBin.shape(map);
    String thrownOne;
    String thrownTwo;

    @Actor
    public void putOne() {
        thrownOne = TreeBin.putAll(map, TreeBin.FIRST_ONE, 0);
    }

    @Actor
    public void putTwo() {
        thrownTwo = TreeBin.putAll(map, TreeBin.FIRST_TWO, 1);
    }

    @Arbiter
    public void check(L_Result r) {
        r.r1 = TreeBin.outcome(shape, thrownOne, thrownTwo, map);
    }
}
