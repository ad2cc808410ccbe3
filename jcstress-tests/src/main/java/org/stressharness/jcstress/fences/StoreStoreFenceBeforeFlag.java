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
 * StoreStore fence between data and flag: guard. Demonstration: {@link ReleaseFenceAfterFlag}.
 */
@GuardOf({ReleaseFenceAfterFlag.class})
@JCStressTest
@Description("The writer stores data, issues VarHandle.storeStoreFence(), then stores a plain flag; the reader is correct (flag, acquireFence(), data; r1 = flag, r2 = data). A store-store fence is all a writer that only stores needs. Guard: flag seen with stale data is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never: the store-store fence orders the data store before the flag store, and x86 and ARMv8 keep the reader's dependent order.")
@Outcome(id = {"0, 0", "0, 42"}, expect = ACCEPTABLE, desc = "Flag not seen yet; the data may be in either state.")
@Outcome(id = "1, 42", expect = ACCEPTABLE, desc = "Flag seen, data seen.")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "Flag seen, data stale.")
@State
public class StoreStoreFenceBeforeFlag {

    int data;
    int flag;

    @Actor
    public void writer() {
        data = 42;
        VarHandle.storeStoreFence();
        flag = 1;
    }

    @Actor
    public void reader(II_Result r) {
        r.r1 = flag;
        VarHandle.acquireFence();
        r.r2 = data;
    }
}
