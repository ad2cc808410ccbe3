package org.stressharness.jcstress.fences;

import org.stressharness.jcstress.GuardOf;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Store buffering (Dekker) with volatile fields: guard. Demonstrations: {@link PlainStoreBuffering}, {@link OpaqueStoreBuffering}, {@link ReleaseAcquireStoreBuffering}.
 */
@GuardOf({PlainStoreBuffering.class, OpaqueStoreBuffering.class, ReleaseAcquireStoreBuffering.class})
@JCStressTest
@Description("Each thread stores 1 to its own variable, then loads the other's (Dekker's entry protocol), using volatile fields (r1, r2 = the loaded values). Volatile accesses are sequentially consistent: some store comes first in the total order and the other thread's load sees it. Guard: (0, 0) is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never: volatile accesses are sequentially consistent.")
@Outcome(id = {"0, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE, desc = "At least one store was seen: an interleaving of the two threads.")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "Both loads missed both stores: each store still sat in its CPU's store buffer.")
@State
public class VolatileStoreBuffering {

    volatile int x;
    volatile int y;

    @Actor
    public void actor1(II_Result r) {
        x = 1;
        r.r1 = y;
    }

    @Actor
    public void actor2(II_Result r) {
        y = 1;
        r.r2 = x;
    }
}
