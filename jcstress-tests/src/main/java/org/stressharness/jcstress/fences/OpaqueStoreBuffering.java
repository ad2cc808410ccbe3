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
 * Store buffering (Dekker) with VarHandle setOpaque/getOpaque: demonstration. Guards: {@link VolatileStoreBuffering}, {@link FullFenceStoreBuffering}.
 */
@JCStressTest
@Description("Each thread stores 1 to its own variable, then loads the other's (Dekker's entry protocol), using VarHandle setOpaque/getOpaque (r1, r2 = the loaded values). Opaque accesses order nothing across variables. Demonstration: (0, 0) is ACCEPTABLE_INTERESTING. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): (0, 0) in about 54% of samples: TSO lets a load pass an earlier store to another address. On ARM (expected, not measured: opaque accesses order nothing between two addresses, and ARMv8 lets a load pass an earlier store): seen.")
@Outcome(id = {"0, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE, desc = "At least one store was seen: an interleaving of the two threads.")
@Outcome(id = "0, 0", expect = ACCEPTABLE_INTERESTING, desc = "Both loads missed both stores: each store still sat in its CPU's store buffer.")
@State
public class OpaqueStoreBuffering {

    private static final VarHandle X;
    private static final VarHandle Y;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            X = lookup.findVarHandle(OpaqueStoreBuffering.class, "x", int.class);
            Y = lookup.findVarHandle(OpaqueStoreBuffering.class, "y", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    int x;
    int y;

    @Actor
    public void actor1(II_Result r) {
        X.setOpaque(this, 1);
        r.r1 = (int) Y.getOpaque(this);
    }

    @Actor
    public void actor2(II_Result r) {
        Y.setOpaque(this, 1);
        r.r2 = (int) X.getOpaque(this);
    }
}
