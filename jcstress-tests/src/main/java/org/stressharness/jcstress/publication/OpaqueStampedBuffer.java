package org.stressharness.jcstress.publication;

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
 * Version-stamped buffer, version through VarHandle setOpaque/getOpaque on the version: demonstration. Guards: {@link ReleaseAcquireStampedBuffer}, {@link VolatileStampedBuffer}, {@link FinalFieldStampedBuffer}, {@link LockedStampedBuffer}.
 */
@JCStressTest
@Description("A writer fills a 4-element buffer with 1s, then bumps the version from 0 to 1 through VarHandle setOpaque/getOpaque on the version; the reader reads the version, then the buffer (r1 = version seen, r2 = buffer elements seen filled). Opaque access orders nothing but the version itself. Demonstration: version 1 with a stale buffer is ACCEPTABLE_INTERESTING. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): not seen; x86 keeps stores in order and loads in order, so only the compiler could reorder them. On ARM (expected, not measured: opaque orders nothing between addresses and ARMv8 may reorder the stores and the loads): a stale buffer behind a new version seen.")
@Outcome(id = {"0, 0", "0, 1", "0, 2", "0, 3", "0, 4"}, expect = ACCEPTABLE, desc = "Old version: the buffer may be in any state.")
@Outcome(id = "1, 4", expect = ACCEPTABLE, desc = "New version, full buffer.")
@Outcome(id = {"1, 0", "1, 1", "1, 2", "1, 3"}, expect = ACCEPTABLE_INTERESTING, desc = "New version, stale buffer.")
@State
public class OpaqueStampedBuffer {

    private static final VarHandle VERSION;

    static {
        try {
            VERSION = MethodHandles.lookup().findVarHandle(OpaqueStampedBuffer.class, "version", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final int[] buffer = new int[StampedBuffer.LENGTH];
    int version;

    @Actor
    public void writer() {
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = 1;
        }
        VERSION.setOpaque(this, 1);
    }

    @Actor
    public void reader(II_Result r) {
        int v = (int) VERSION.getOpaque(this);
        r.r1 = v;
        r.r2 = StampedBuffer.filled(buffer);
    }
}
