package org.stressharness.jcstress.fences;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * Store buffering (Dekker) with VarHandle setRelease/getAcquire: demonstration. Guards: {@link VolatileStoreBuffering}, {@link FullFenceStoreBuffering}.
 */
@JCStressTest
@Description("Each thread stores 1 to its own variable, then loads the other's (Dekker's entry protocol), using VarHandle setRelease/getAcquire (r1, r2 = the loaded values). Release orders earlier accesses before the store, acquire orders later accesses after the load; neither keeps a store before a later load. Demonstration: (0, 0) is ACCEPTABLE_INTERESTING. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): (0, 0) in about 45% of samples: TSO lets a load pass an earlier store, and release/acquire adds no StoreLoad fence. On ARM (expected, not measured: HotSpot emits stlr for setRelease and ldar for getAcquire on AArch64, and ARMv8 keeps an ldar after an stlr in order): not seen unless the compiler reorders them; the JMM allows it, so it stays ACCEPTABLE_INTERESTING.")
@Outcome(id = {"0, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE, desc = "At least one store was seen: an interleaving of the two threads.")
@Outcome(id = "0, 0", expect = ACCEPTABLE_INTERESTING, desc = "Both loads missed both stores: each store still sat in its CPU's store buffer.")
@State
public class ReleaseAcquireStoreBuffering {

    private static final VarHandle X;
    private static final VarHandle Y;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            X = lookup.findVarHandle(ReleaseAcquireStoreBuffering.class, "x", int.class);
            Y = lookup.findVarHandle(ReleaseAcquireStoreBuffering.class, "y", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    int x;
    int y;

    @Actor
    public void actor1(II_Result r) {
        X.setRelease(this, 1);
        r.r1 = (int) Y.getAcquire(this);
    }

    @Actor
    public void actor2(II_Result r) {
        Y.setRelease(this, 1);
        r.r2 = (int) X.getAcquire(this);
    }
}
