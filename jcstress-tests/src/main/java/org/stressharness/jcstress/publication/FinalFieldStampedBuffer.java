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
 * Version-stamped buffer published as one object with final fields: guard. Demonstrations:
 * {@link PlainStampedBuffer}, {@link OpaqueStampedBuffer}.
 */
@GuardOf({PlainStampedBuffer.class, OpaqueStampedBuffer.class})
@JCStressTest
@Description("A writer fills a new 4-element buffer with 1s and publishes it with version 1 in an object whose fields are final, through a plain field (the old object holds version 0 and an empty buffer); the reader reads the object, its version, then its buffer (r1 = version seen, r2 = buffer elements seen filled). The final-field rule makes the buffer contents written before the constructor ends visible with the object. Guard: version 1 with a stale buffer is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never, by the JMM's final-field guarantee.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "Old version, its empty buffer.")
@Outcome(id = "1, 4", expect = ACCEPTABLE, desc = "New version, full buffer.")
@Outcome(id = {"1, 0", "1, 1", "1, 2", "1, 3"}, expect = FORBIDDEN, desc = "New version, stale buffer.")
@State
public class FinalFieldStampedBuffer {

    StampedBuffer stamped = new StampedBuffer(0, new int[StampedBuffer.LENGTH]);

    @Actor
    public void writer() {
        int[] buffer = new int[StampedBuffer.LENGTH];
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = 1;
        }
        stamped = new StampedBuffer(1, buffer);
    }

    @Actor
    public void reader(II_Result r) {
        StampedBuffer s = stamped;
        r.r1 = s.version;
        r.r2 = StampedBuffer.filled(s.buffer);
    }
}
