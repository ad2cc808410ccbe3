package org.stressharness.jcstress.fences;

import org.stressharness.jcstress.api.FieldHandle;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressMeta;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.stressharness.api.GuardOf;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Each thread stores to its own variable, then loads the other's (Dekker). One idea per file: the unsafe idioms
 * (Plain, Opaque, ReleaseAcquire: demonstrations, the broken outcome ACCEPTABLE_INTERESTING) and their safe twins
 * (Volatile, FullFence: guards, the same outcome FORBIDDEN), nested as jcstress tests. Each carries the histogram
 * it produced on x86_64; the report sets every demonstration beside its guards from the same run.
 *
 * <p>The outcomes declared on this class are those the demonstrations of the topic grade alike; each reads
 * them with {@code @JCStressMeta}.
 */
@Outcome(id = {"0, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE,             desc = StoreBuffering.INTERLEAVED)
@Outcome(id = "0, 0",                   expect = ACCEPTABLE_INTERESTING, desc = StoreBuffering.BOTH_MISSED)
public final class StoreBuffering {

    private StoreBuffering() {
    }

    /** How every test of the topic begins. */
    private static final String SETUP = """
            Each thread stores 1 to its own variable, then loads the other's (Dekker's entry protocol), using\s""";

    /** Every demonstration of the topic. */
    private static final String DEMONSTRATION = "Demonstration: (0, 0) is ACCEPTABLE_INTERESTING. ";

    /** Every guard of the topic. */
    private static final String GUARD = """
            Guard: (0, 0) is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; docs/jcstress.md): \
            never seen.\s""";

    // Outcome texts, shared by the tests that grade the same outcome.
    static final String INTERLEAVED = "At least one store was seen: an interleaving of the two threads.";
    static final String BOTH_MISSED = "Both loads missed both stores: each store still sat in its CPU's store buffer.";

    @JCStressTest
    @Description(SETUP + "plain fields (r1, r2 = the loaded values). Plain accesses order nothing. " + DEMONSTRATION
            + """
            On x86 (measured, quick profile, 2-core x86_64, JDK 17; docs/jcstress.md): (0, 0) in about 45% of samples: \
            TSO lets a load pass an earlier store to another address. On ARM (expected, not measured: ARMv8 lets a \
            load pass an earlier store too, as the AArch64 histograms of jcstress's own store-buffering samples show): \
            seen.""")
    @JCStressMeta(StoreBuffering.class)
    @State
    public static class Plain {

        int x;
        int y;

        @Actor
        public void actor1(II_Result r) {
            x = 1;
            r.r1 = y;
        }

        @Actor
        public void actor2(II_Result r) {
            y = 1;
            r.r2 = x;
        }
    }

    @JCStressTest
    @Description(SETUP + """
            VarHandle setOpaque/getOpaque (r1, r2 = the loaded values). Opaque accesses order nothing across \
            variables.\s""" + DEMONSTRATION + """
            On x86 (measured, quick profile, 2-core x86_64, JDK 17; docs/jcstress.md): (0, 0) in about 54% of samples: \
            TSO lets a load pass an earlier store to another address. On ARM (expected, not measured: opaque accesses \
            order nothing between two addresses, and ARMv8 lets a load pass an earlier store): seen.""")
    @JCStressMeta(StoreBuffering.class)
    @State
    public static class Opaque {

        private static final VarHandle X = FieldHandle.of(MethodHandles.lookup(), Opaque.class, "x", int.class);
        private static final VarHandle Y = FieldHandle.of(MethodHandles.lookup(), Opaque.class, "y", int.class);

        int x;
        int y;

        @Actor
        public void actor1(II_Result r) {
            X.setOpaque(this, 1);
            r.r1 = (int) Y.getOpaque(this);
        }

        @Actor
        public void actor2(II_Result r) {
            Y.setOpaque(this, 1);
            r.r2 = (int) X.getOpaque(this);
        }
    }

    @JCStressTest
    @Description(SETUP + """
            VarHandle setRelease/getAcquire (r1, r2 = the loaded values). Release orders earlier accesses before the \
            store, acquire orders later accesses after the load; neither keeps a store before a later \
            load.\s""" + DEMONSTRATION + """
            On x86 (measured, quick profile, 2-core x86_64, JDK 17; docs/jcstress.md): (0, 0) in about 45% of samples: \
            TSO lets a load pass an earlier store, and release/acquire adds no StoreLoad fence. On ARM (expected, not \
            measured: HotSpot emits stlr for setRelease and ldar for getAcquire on AArch64, and ARMv8 keeps an ldar \
            after an stlr in order): not seen unless the compiler reorders them; the JMM allows it, so it stays \
            ACCEPTABLE_INTERESTING.""")
    @JCStressMeta(StoreBuffering.class)
    @State
    public static class ReleaseAcquire {

        private static final VarHandle X = FieldHandle.of(MethodHandles.lookup(), ReleaseAcquire.class, "x", int.class);
        private static final VarHandle Y = FieldHandle.of(MethodHandles.lookup(), ReleaseAcquire.class, "y", int.class);

        int x;
        int y;

        @Actor
        public void actor1(II_Result r) {
            X.setRelease(this, 1);
            r.r1 = (int) Y.getAcquire(this);
        }

        @Actor
        public void actor2(II_Result r) {
            Y.setRelease(this, 1);
            r.r2 = (int) X.getAcquire(this);
        }
    }

    @GuardOf({Plain.class, Opaque.class, ReleaseAcquire.class})
    @JCStressTest
    @Description(SETUP + """
            volatile fields (r1, r2 = the loaded values). Volatile accesses are sequentially consistent: some store \
            comes first in the total order and the other thread's load sees it.\s""" + GUARD
            + "On ARM (expected, not measured): never: volatile accesses are sequentially consistent.")
    @Outcome(id = {"0, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE, desc = INTERLEAVED)
    @Outcome(id = "0, 0",                   expect = FORBIDDEN,  desc = BOTH_MISSED)
    @State
    public static class Volatile {

        volatile int x;
        volatile int y;

        @Actor
        public void actor1(II_Result r) {
            x = 1;
            r.r1 = y;
        }

        @Actor
        public void actor2(II_Result r) {
            y = 1;
            r.r2 = x;
        }
    }

    @GuardOf({Plain.class, Opaque.class, ReleaseAcquire.class})
    @JCStressTest
    @Description(SETUP + """
            plain fields with VarHandle.fullFence() between the store and the load (r1, r2 = the loaded values). The \
            full fence drains the store buffer before the load.\s""" + GUARD
            + "On ARM (expected, not measured): never: a full fence between each store and load forbids (0, 0).")
    @Outcome(id = {"0, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE, desc = INTERLEAVED)
    @Outcome(id = "0, 0",                   expect = FORBIDDEN,  desc = BOTH_MISSED)
    @State
    public static class FullFence {

        int x;
        int y;

        @Actor
        public void actor1(II_Result r) {
            x = 1;
            VarHandle.fullFence();
            r.r1 = y;
        }

        @Actor
        public void actor2(II_Result r) {
            y = 1;
            VarHandle.fullFence();
            r.r2 = x;
        }
    }
}
