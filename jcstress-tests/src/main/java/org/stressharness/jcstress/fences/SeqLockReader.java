package org.stressharness.jcstress.fences;

import org.stressharness.jcstress.GuardOf;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Seqlock reader with the load-load fence before the stamp re-read: guard. Demonstration: {@link SeqLockMisplacedFence}.
 */
@GuardOf({SeqLockMisplacedFence.class})
@JCStressTest
@Description("A writer makes the stamp odd, stores two data fields, then makes the stamp even (opaque store + storeStoreFence, release store); the reader loads the stamp (acquire), the data, issues VarHandle.loadLoadFence(), and re-loads the stamp, accepting the data only when both stamps are equal and even (r1 = accepted, r2 = data match the stamp). The fence keeps the data loads before the re-read, so an accepted read cannot overlap a write. Guard: an accepted torn read is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never: the load-load fence keeps the data loads before the stamp re-read.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Stamp unchanged and even: the data read is consistent with it.")
@Outcome(id = {"0, 0", "0, 1"}, expect = ACCEPTABLE, desc = "Stamp odd or changed: the reader rejects what it read and would retry.")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "Torn read accepted: the stamp check passed but the data do not match it.")
@State
public class SeqLockReader {

    private static final VarHandle STAMP;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            STAMP = lookup.findVarHandle(SeqLockReader.class, "stamp", int.class);
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
        int x = a;
        int y = b;
        VarHandle.loadLoadFence();
        int s2 = (int) STAMP.getOpaque(this);
        boolean accepted = s1 == s2 && (s1 & 1) == 0;
        int expected = s1 / 2;
        r.r1 = accepted ? 1 : 0;
        r.r2 = x == expected && y == expected ? 1 : 0;
    }
}
