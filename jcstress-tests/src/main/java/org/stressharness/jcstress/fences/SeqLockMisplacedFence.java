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
 * Seqlock reader with the load-load fence before the data loads: demonstration. Guard: {@link SeqLockReader}.
 */
@JCStressTest
@Description("The same writer and checks as SeqLockReader, but the reader's VarHandle.loadLoadFence() sits between the first stamp load and the data loads, where getAcquire already orders them, instead of before the stamp re-read; nothing keeps the data loads from being satisfied after the re-read (r1 = accepted, r2 = data match the stamp). Demonstration: an accepted torn read is ACCEPTABLE_INTERESTING. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): not seen; only the compiler could move the loads, since x86 keeps loads in order. On ARM (expected, not measured: ARMv8 may reorder the data loads after the stamp re-read): seen.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Stamp unchanged and even: the data read is consistent with it.")
@Outcome(id = {"0, 0", "0, 1"}, expect = ACCEPTABLE, desc = "Stamp odd or changed: the reader rejects what it read and would retry.")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "Torn read accepted: the stamp check passed but the data do not match it.")
@State
public class SeqLockMisplacedFence {

    private static final VarHandle STAMP;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            STAMP = lookup.findVarHandle(SeqLockMisplacedFence.class, "stamp", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    int stamp;
    int a;
    int b;

    @Actor
    public void writer() {
        STAMP.setOpaque(this, 1);
        VarHandle.storeStoreFence();
        a = 1;
        b = 1;
        STAMP.setRelease(this, 2);
    }

    @Actor
    public void reader(II_Result r) {
        int s1 = (int) STAMP.getAcquire(this);
        VarHandle.loadLoadFence();
        int x = a;
        int y = b;
        int s2 = (int) STAMP.getOpaque(this);
        boolean accepted = s1 == s2 && (s1 & 1) == 0;
        int expected = s1 / 2;
        r.r1 = accepted ? 1 : 0;
        r.r2 = x == expected && y == expected ? 1 : 0;
    }
}
