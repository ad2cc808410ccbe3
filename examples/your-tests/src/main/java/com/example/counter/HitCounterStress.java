package com.example.counter;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;
import org.stressharness.api.GuardOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads count one hit each; the arbiter reads the total. The plain counter's demonstration shows the lost
 * hit; the atomic counter is its guard ({@link GuardOf}), where the same outcome is FORBIDDEN.
 */
public final class HitCounterStress {

    private HitCounterStress() {
    }

    @JCStressTest
    @Description("Two threads call hit() once each on HitCounter.Plain; r1 = hits() after both.")
    @Outcome(id = "2", expect = ACCEPTABLE,             desc = "Both hits counted.")
    @Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "Lost hit: both threads read the same count.")
    @State
    public static class Plain {
        final HitCounter counter = new HitCounter.Plain();

        @Actor
        public void first() {
            counter.hit();
        }

        @Actor
        public void second() {
            counter.hit();
        }

        @Arbiter
        public void total(J_Result r) {
            r.r1 = counter.hits();
        }
    }

    @GuardOf(Plain.class)
    @JCStressTest
    @Description("Two threads call hit() once each on HitCounter.Atomic; r1 = hits() after both.")
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "Both hits counted.")
    @Outcome(id = "1", expect = FORBIDDEN,  desc = "Lost hit: both threads read the same count.")
    @State
    public static class Atomic {
        final HitCounter counter = new HitCounter.Atomic();

        @Actor
        public void first() {
            counter.hit();
        }

        @Actor
        public void second() {
            counter.hit();
        }

        @Arbiter
        public void total(J_Result r) {
            r.r1 = counter.hits();
        }
    }
}
