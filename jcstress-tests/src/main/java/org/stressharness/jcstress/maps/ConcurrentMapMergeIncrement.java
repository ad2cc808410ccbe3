package org.stressharness.jcstress.maps;

import org.stressharness.jcstress.GuardOf;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Read-modify-write done atomically with merge(): guard. Demonstration: {@link ConcurrentMapGetThenPutIncrement}.
 */
@GuardOf({ConcurrentMapGetThenPutIncrement.class})
@JCStressTest
@Description("Two threads increment a counter held in a ConcurrentHashMap with merge(key, 1, Integer::sum), which reads, adds and writes in one atomic step (r1 = the final count). Guard: the lost increment is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never, by the map's thread-safety contract. With a user map (harness.map), this fails when the map keeps Map's default, non-atomic merge().")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments counted.")
@Outcome(id = "1", expect = FORBIDDEN, desc = "Lost update: one increment overwrote the other.")
@State
public class ConcurrentMapMergeIncrement {

    final Map<String, Integer> map = MapUnderTest.create(ConcurrentHashMap::new);

    public ConcurrentMapMergeIncrement() {
        map.put("count", 0);
    }

    @Actor
    public void incrementOne() {
        map.merge("count", 1, Integer::sum);
    }

    @Actor
    public void incrementTwo() {
        map.merge("count", 1, Integer::sum);
    }

    @Arbiter
    public void check(I_Result r) {
        r.r1 = map.get("count");
    }
}
