package org.stressharness.jcstress.publication;

import org.stressharness.jcstress.GuardOf;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Version-stamped buffer written and read under one monitor: guard. Demonstrations: {@link PlainStampedBuffer},
 * {@link OpaqueStampedBuffer}.
 */
@GuardOf({PlainStampedBuffer.class, OpaqueStampedBuffer.class})
@JCStressTest
@Description("A writer fills a 4-element buffer with 1s and bumps the version from 0 to 1 holding a monitor; the reader reads the version, then the buffer, holding the same monitor (r1 = version seen, r2 = buffer elements seen filled). Unlock happens-before the next lock of the same monitor, and the lock makes the update atomic. Guard: version 1 with a stale buffer is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never, by the monitor's happens-before edge.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "Old version, empty buffer.")
@Outcome(id = "1, 4", expect = ACCEPTABLE, desc = "New version, full buffer.")
@Outcome(id = {"1, 0", "1, 1", "1, 2", "1, 3"}, expect = FORBIDDEN, desc = "New version, stale buffer.")
@State
public class LockedStampedBuffer {

    final int[] buffer = new int[StampedBuffer.LENGTH];
    int version;

    @Actor
    public void writer() {
        synchronized (this) {
            for (int i = 0; i < buffer.length; i++) {
                buffer[i] = 1;
            }
            version = 1;
        }
    }

    @Actor
    public void reader(II_Result r) {
        synchronized (this) {
            r.r1 = version;
            r.r2 = StampedBuffer.filled(buffer);
        }
    }
}
