package org.stressharness.jcstress.publication;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.stressharness.api.CompilerReorderings;
import org.stressharness.api.GuardOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads lazily get a singleton by double-checked locking. One idea per file: the unsafe idiom (PlainField:
 * demonstration, the broken outcome ACCEPTABLE_INTERESTING) and its safe twins (VolatileField: guards, the same
 * outcome FORBIDDEN), nested as jcstress tests. Each carries the histogram it produced on x86_64; the report sets
 * every demonstration beside its guards from the same run.
 */
@CompilerReorderings
public final class DoubleCheckedLocking {

    private DoubleCheckedLocking() {
    }

    /** How every test of the topic begins. */
    private static final String SETUP = """
            Two threads lazily get a singleton by double-checked locking; the instance field is\s""";

    // Outcome texts, shared by the tests that grade the same outcome.
    private static final String FULLY_BUILT = "Both threads saw a fully built instance.";
    private static final String HALF_BUILT = "A thread saw the instance before its constructor's write.";

    @JCStressTest
    @Description(SETUP + """
            plain and the singleton's field is set in its constructor (r1, r2 = the field each thread reads). The \
            unlocked first check reads the plain field with no happens-before edge to the constructor's write, so a \
            thread may use a half-built instance. Demonstration: the half-built instance is ACCEPTABLE_INTERESTING. On \
            x86 (measured, jcstress's quick matrix of 28 forks, 2-core x86_64, JDK 17; docs/jcstress.md): seen 57,952 \
            times in 178 M samples (3.2e-4), only in forks with at least one thread in C2 code: the compiler published \
            the reference before the constructor's stores. On ARM (expected, not measured: ARMv8 may reorder the \
            constructor's store and the reference store): seen.""")
    @Outcome(id = "42, 42",           expect = ACCEPTABLE,             desc = FULLY_BUILT)
    @Outcome(id = {"0, 42", "42, 0"}, expect = ACCEPTABLE_INTERESTING, desc = HALF_BUILT)
    @Outcome(id = "0, 0",             expect = FORBIDDEN,              desc = """
            Impossible even unsynchronized: the thread that builds the instance reads its own write, 42.""")
    @State
    public static class PlainField {

        Singleton instance;

        /** The constructor's input, read from a field: constant stores would be folded into the allocation. */
        int answer = 42;

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
                        s = new Singleton(answer);
                        instance = s;
                    }
                }
            }
            return s;
        }

        static final class Singleton {
            int value;

            int half;

            Singleton(int answer) {
                // Computed from a field the constructor just wrote, as in PlainInit: C2 may then sink these stores
                // below the reference's publication (measured: docs/jcstress.md).
                half = answer / 2;
                value = half + answer / 2;
            }
        }
    }

    @GuardOf({PlainField.class})
    @JCStressTest
    @Description(SETUP + """
            volatile and the singleton's field is set in its constructor (r1, r2 = the field each thread reads). The \
            volatile write of the reference happens-before any read that sees it, so the constructor's write is \
            visible. Guard: the half-built instance is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK \
            17; docs/jcstress.md): never seen. On ARM (expected, not measured): never, by the volatile reference's \
            happens-before edge.""")
    @Outcome(id = "42, 42",                   expect = ACCEPTABLE, desc = FULLY_BUILT)
    @Outcome(id = {"0, 42", "42, 0", "0, 0"}, expect = FORBIDDEN,  desc = HALF_BUILT)
    @State
    public static class VolatileField {

        volatile Singleton instance;

        /** The constructor's input, read from a field: constant stores would be folded into the allocation. */
        int answer = 42;

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
                        s = new Singleton(answer);
                        instance = s;
                    }
                }
            }
            return s;
        }

        static final class Singleton {
            int value;

            int half;

            Singleton(int answer) {
                // Computed from a field the constructor just wrote, as in PlainInit: C2 may then sink these stores
                // below the reference's publication (measured: docs/jcstress.md).
                half = answer / 2;
                value = half + answer / 2;
            }
        }
    }
}
