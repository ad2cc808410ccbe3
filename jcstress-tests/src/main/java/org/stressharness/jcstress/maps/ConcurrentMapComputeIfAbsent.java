package org.stressharness.jcstress.maps;

import org.stressharness.jcstress.GuardOf;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Check-then-act done atomically with computeIfAbsent: guard. Demonstration: {@link ConcurrentMapCheckThenAct}.
 */
@GuardOf({ConcurrentMapCheckThenAct.class})
@JCStressTest
@Description("Two threads register a value for the same key with ConcurrentHashMap.computeIfAbsent(), which checks and inserts in one atomic step: exactly one value wins and both threads learn which (r1, r2 = the value each thread believes is registered; r3 = the value the map holds). Guard: the lost update is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never, by the map's thread-safety contract. With a user map (harness.map), this fails when the map keeps Map's default, non-atomic computeIfAbsent().")
@Outcome(id = {"1, 1, 1", "2, 2, 2"}, expect = ACCEPTABLE, desc = "One registration won and both threads agree on it.")
@Outcome(id = {"1, 2, 1", "1, 2, 2"}, expect = FORBIDDEN,
        desc = "Lost update: both threads believe their own value is registered; one of them is wrong.")
@State
public class ConcurrentMapComputeIfAbsent {

    final Map<String, Integer> map = MapUnderTest.create(ConcurrentHashMap::new);

    @Actor
    public void registerOne(III_Result r) {
        r.r1 = register(1);
    }

    @Actor
    public void registerTwo(III_Result r) {
        r.r2 = register(2);
    }

    @Arbiter
    public void check(III_Result r) {
        r.r3 = map.get("key");
    }

    private int register(int value) {
        return map.computeIfAbsent("key", k -> value);
    }
}
