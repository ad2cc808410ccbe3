package org.stressharness.jcstress.fences;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import java.lang.invoke.VarHandle;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * Release fence placed after the flag store: demonstration. Guards: {@link FencedFlagPublication}, {@link StoreStoreFenceBeforeFlag}.
 */
@JCStressTest
@Description("The writer stores data, stores a plain flag, and only then issues VarHandle.releaseFence(); the reader is correct (flag, acquireFence(), data; r1 = flag, r2 = data). A fence orders what comes before it against what comes after: placed last, it leaves the data and flag stores free to be reordered. Demonstration: flag seen with stale data is ACCEPTABLE_INTERESTING. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): not seen in the quick profile; only the compiler could reorder the stores, since x86 keeps stores in order. On ARM (expected, not measured: ARMv8 may reorder the two stores in hardware): seen.")
@Outcome(id = {"0, 0", "0, 42"}, expect = ACCEPTABLE, desc = "Flag not seen yet; the data may be in either state.")
@Outcome(id = "1, 42", expect = ACCEPTABLE, desc = "Flag seen, data seen.")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "Flag seen, data stale.")
@State
public class ReleaseFenceAfterFlag {

    int data;
    int flag;

    @Actor
    public void writer() {
        data = 42;
        flag = 1;
        VarHandle.releaseFence();
    }

    @Actor
    public void reader(II_Result r) {
        r.r1 = flag;
        VarHandle.acquireFence();
        r.r2 = data;
    }
}
