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
 * Double-checked locking on a volatile field: guard. Demonstration: {@link UnsafeDoubleCheckedLocking}.
 */
@GuardOf({UnsafeDoubleCheckedLocking.class})
@JCStressTest
@Description("Two threads lazily get a singleton by double-checked locking; the instance field is volatile and the singleton's field is set in its constructor (r1, r2 = the field each thread reads). The volatile write of the reference happens-before any read that sees it, so the constructor's write is visible. Guard: the half-built instance is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never, by the volatile reference's happens-before edge.")
@Outcome(id = "42, 42", expect = ACCEPTABLE, desc = "Both threads saw a fully built instance.")
@Outcome(id = {"0, 42", "42, 0", "0, 0"}, expect = FORBIDDEN,
        desc = "A thread saw the instance before its constructor's write.")
@State
public class VolatileDoubleCheckedLocking {

    volatile Singleton instance;

    @Actor
    public void first(II_Result r) {
        r.r1 = instance().value;
    }

    @Actor
    public void second(II_Result r) {
        r.r2 = instance().value;
    }

    private Singleton instance() {
        Singleton s = instance;
        if (s == null) {
            synchronized (this) {
                s = instance;
                if (s == null) {
                    s = new Singleton();
                    instance = s;
                }
            }
        }
        return s;
    }

    static final class Singleton {
        int value;

        Singleton() {
            value = 42;
        }
    }
}
