package org.stressharness.jcstress.publication;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Double-checked locking on a plain field: demonstration. Guard: {@link VolatileDoubleCheckedLocking}.
 */
@JCStressTest
@Description("Two threads lazily get a singleton by double-checked locking; the instance field is plain and the singleton's field is set in its constructor (r1, r2 = the field each thread reads). The unlocked first check reads the plain field with no happens-before edge to the constructor's write, so a thread may use a half-built instance. Demonstration: the half-built instance is ACCEPTABLE_INTERESTING. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): not seen; the compiler would have to publish the reference before the field store. On ARM (expected, not measured: ARMv8 may reorder the constructor's store and the reference store): seen.")
@Outcome(id = "42, 42", expect = ACCEPTABLE, desc = "Both threads saw a fully built instance.")
@Outcome(id = {"0, 42", "42, 0"}, expect = ACCEPTABLE_INTERESTING,
        desc = "A thread saw the instance before its constructor's write.")
@Outcome(id = "0, 0", expect = FORBIDDEN,
        desc = "Impossible even unsynchronized: the thread that builds the instance reads its own write, 42.")
@State
public class UnsafeDoubleCheckedLocking {

    Singleton instance;

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
