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
 * Both fences in place: guard. Demonstrations: {@link ReleaseFenceAfterFlag}, {@link AcquireFenceBeforeFlag}.
 */
@GuardOf({ReleaseFenceAfterFlag.class, AcquireFenceBeforeFlag.class})
@JCStressTest
@Description("The writer stores data, issues VarHandle.releaseFence(), then stores a plain flag; the reader loads the flag, issues VarHandle.acquireFence(), then loads the data (r1 = flag, r2 = data). The release fence keeps the data store before the flag store; the acquire fence keeps the data load after the flag load. Guard: flag seen with stale data is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never: the release fence orders the data store before the flag store and the acquire fence the flag load before the data load.")
@Outcome(id = {"0, 0", "0, 42"}, expect = ACCEPTABLE, desc = "Flag not seen yet; the data may be in either state.")
@Outcome(id = "1, 42", expect = ACCEPTABLE, desc = "Flag seen, data seen.")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "Flag seen, data stale.")
@State
public class FencedFlagPublication {

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
        r.r1 = flag;
        VarHandle.acquireFence();
        r.r2 = data;
    }
}
