package org.stressharness.jcstress.maps;

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
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Check-then-act on a thread-safe map: demonstration. Guards: {@link ConcurrentMapPutIfAbsent},
 * {@link ConcurrentMapComputeIfAbsent}.
 */
@JCStressTest
@Description("Two threads register a value for the same key with get() then put() on a ConcurrentHashMap. Each call is atomic, the pair is not: both can see the key absent, both put, and each believes its own value won (r1, r2 = the value each thread believes is registered; r3 = the value the map holds). Demonstration: the broken outcome is ACCEPTABLE_INTERESTING. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): the lost update in about 19% of samples. On ARM (expected, not measured: the race is in the program, not in the memory model, so it needs no hardware reordering): seen as well.")
@Outcome(id = {"1, 1, 1", "2, 2, 2"}, expect = ACCEPTABLE, desc = "One registration won and both threads agree on it.")
@Outcome(id = {"1, 2, 1", "1, 2, 2"}, expect = ACCEPTABLE_INTERESTING,
        desc = "Lost update: both threads believe their own value is registered; one of them is wrong.")
@Outcome(expect = FORBIDDEN, desc = "Impossible even with the race: a thread returns the other's value only after the other put it, and the map holds a value that was put.")
@State
public class ConcurrentMapCheckThenAct {

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
        Integer existing = map.get("key");
        if (existing != null) {
            return existing;
        }
        map.put("key", value);
        return value;
    }
}
