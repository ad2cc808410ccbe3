package org.stressharness.jcstress.fences;

import org.stressharness.jcstress.GuardOf;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import java.lang.invoke.VarHandle;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Store buffering (Dekker) with plain fields with VarHandle.fullFence() between the store and the load: guard. Demonstrations: {@link PlainStoreBuffering}, {@link OpaqueStoreBuffering}, {@link ReleaseAcquireStoreBuffering}.
 */
@GuardOf({PlainStoreBuffering.class, OpaqueStoreBuffering.class, ReleaseAcquireStoreBuffering.class})
@JCStressTest
@Description("Each thread stores 1 to its own variable, then loads the other's (Dekker's entry protocol), using plain fields with VarHandle.fullFence() between the store and the load (r1, r2 = the loaded values). The full fence drains the store buffer before the load. Guard: (0, 0) is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never: a full fence between each store and load forbids (0, 0).")
@Outcome(id = {"0, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE, desc = "At least one store was seen: an interleaving of the two threads.")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "Both loads missed both stores: each store still sat in its CPU's store buffer.")
@State
public class FullFenceStoreBuffering {

    int x;
    int y;

    @Actor
    public void actor1(II_Result r) {
        x = 1;
        VarHandle.fullFence();
        r.r1 = y;
    }

    @Actor
    public void actor2(II_Result r) {
        y = 1;
        VarHandle.fullFence();
        r.r2 = x;
    }
}
