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
 * Acquire fence placed before the flag load: demonstration. Guard: {@link FencedFlagPublication}.
 */
@JCStressTest
@Description("The writer is correct (data, releaseFence(), flag); the reader issues VarHandle.acquireFence() first, then loads the flag, then the data (r1 = flag, r2 = data). Nothing orders the two loads, so the data load may be satisfied before the flag load. Demonstration: flag seen with stale data is ACCEPTABLE_INTERESTING. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): seen at about 2.4e-4 of samples, from the compiler: x86 keeps loads in order. On ARM (expected, not measured: ARMv8 may also reorder the two loads in hardware): seen.")
@Outcome(id = {"0, 0", "0, 42"}, expect = ACCEPTABLE, desc = "Flag not seen yet; the data may be in either state.")
@Outcome(id = "1, 42", expect = ACCEPTABLE, desc = "Flag seen, data seen.")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "Flag seen, data stale.")
@State
public class AcquireFenceBeforeFlag {

    int data;
    int flag;

    @Actor
    public void writer() {
        data = 42;
        VarHandle.releaseFence();
        flag = 1;
    }

    @Actor
    public void reader(II_Result r) {
        VarHandle.acquireFence();
        r.r1 = flag;
        r.r2 = data;
    }
}
