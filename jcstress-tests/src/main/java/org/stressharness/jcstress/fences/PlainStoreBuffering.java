package org.stressharness.jcstress.fences;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * Store buffering (Dekker) with plain fields: demonstration. Guards: {@link VolatileStoreBuffering}, {@link FullFenceStoreBuffering}.
 */
@JCStressTest
@Description("Each thread stores 1 to its own variable, then loads the other's (Dekker's entry protocol), using plain fields (r1, r2 = the loaded values). Plain accesses order nothing. Demonstration: (0, 0) is ACCEPTABLE_INTERESTING. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): (0, 0) in about 45% of samples: TSO lets a load pass an earlier store to another address. On ARM (expected, not measured: ARMv8 lets a load pass an earlier store too, as the AArch64 histograms of jcstress's own store-buffering samples show): seen.")
@Outcome(id = {"0, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE, desc = "At least one store was seen: an interleaving of the two threads.")
@Outcome(id = "0, 0", expect = ACCEPTABLE_INTERESTING, desc = "Both loads missed both stores: each store still sat in its CPU's store buffer.")
@State
public class PlainStoreBuffering {

    int x;
    int y;

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
