package org.stressharness.jcstress.fences;

import org.stressharness.jcstress.api.FieldHandle;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.stressharness.api.CompilerReorderings;
import org.stressharness.api.GuardOf;
import org.stressharness.api.NeverFiredOn;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A seqlock writer and reader: the reader accepts data only when the stamp is even and unchanged. One idea per
 * file: the unsafe idioms (MisplacedFence, PlainReread: demonstrations, the broken outcome ACCEPTABLE_INTERESTING) and
 * its safe
 * twins (FenceBeforeReread: guards, the same outcome FORBIDDEN), nested as jcstress tests. Each carries the
 * histogram it produced on x86_64; the report sets every demonstration beside its guards from the same run.
 *
 * <p>x86_64: the outcomes each run measured are in its report (kept: docs/runs/x86_64-quick). AArch64: not
 * measured; what is expected, and why, is in each test's description.
 */
@CompilerReorderings
public final class SeqLock {

    private SeqLock() {
    }

    /** Every demonstration of the topic. */
    private static final String DEMONSTRATION = "Demonstration: an accepted torn read is ACCEPTABLE_INTERESTING. ";

    // Outcome texts, shared by the tests that grade the same outcome.
    private static final String CONSISTENT = "Stamp unchanged and even: the data read is consistent with it.";
    private static final String REJECTED = "Stamp odd or changed: the reader rejects what it read and would retry.";
    private static final String TORN_ACCEPTED = """
            Torn read accepted: the stamp check passed but the data do not match it.""";

    /*
     * Demonstration: its race does not show on x86.
     *
     * x86_64: the outcomes each run measured are in its report (kept: docs/runs/x86_64-quick).
     * AArch64: not measured; what is expected, and why, is in the description.
     */
    @JCStressTest
    @Description("""
            The same writer and checks as SeqLock.FenceBeforeReread, but the reader's VarHandle.loadLoadFence() sits \
            between the first stamp load and the data loads, where getAcquire already orders them, instead of before \
            the stamp re-read; nothing keeps the data loads from being satisfied after the re-read (r1 = accepted, r2 \
            = data match the stamp).\s""" + DEMONSTRATION
            + """
            On x86 (measured, jcstress's quick matrix with 2 s iterations, 28 forks, 2-core x86_64, JDK 17; \
            docs/jcstress.md): never seen in 4,459,094,548 samples; expected to stay so: x86 keeps loads in order, and \
            the compiler does not move the plain data loads below the stamp's opaque re-read (as jcstress's own \
            BasicJMM_06_Causality.OpaqueReads shows for opaque loads on x86). Measured never to break on x86 (above), \
            so this demonstration is expected to show its race on ARM only. On ARM (expected, not measured: ARMv8 may \
            reorder the data loads after the stamp re-read): seen.""")
    @Outcome(id = "1, 1",           expect = ACCEPTABLE,             desc = CONSISTENT)
    @Outcome(id = {"0, 0", "0, 1"}, expect = ACCEPTABLE,             desc = REJECTED)
    @Outcome(id = "1, 0",           expect = ACCEPTABLE_INTERESTING, desc = TORN_ACCEPTED)
    @NeverFiredOn(architectures = {"amd64", "x86_64"}, evidence = """
            never in 6,873,779,468 samples of jcstress's full default matrix (68 forks: every compile mode per actor, \
            \u00b1 biased locking, C2's randomizers), 2-core x86_64, OpenJDK 17.0.15, 2026-12-02; \
            docs/runs/x86_64-default-matrix-9/""")
    @State
    public static class MisplacedFence {

        private static final VarHandle STAMP =
                FieldHandle.of(MethodHandles.lookup(), MisplacedFence.class, "stamp", int.class);

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

    /*
     * Demonstration.
     *
     * x86_64: measured in the nightly profile (docs/jcstress.md); see the description.
     * AArch64: not measured; what is expected, and why, is in the description.
     */
    @JCStressTest
    @Description("""
            The same writer and checks as SeqLock.FenceBeforeReread, but the reader has no fence at all and re-reads \
            the stamp with a plain load (r1 = accepted, r2 = data match the stamp). Nothing keeps the re-read after \
            the data loads: the compiler may load the stamp first, and ARM hardware is expected to be free to satisfy \
            it first (its load-load order is not kept without a barrier).\s""" + DEMONSTRATION
            + """
            On x86 (expected, from jcstress's own BasicJMM_06_Causality.PlainReads, which C2 reorders on x86): seen \
            only where the reader runs C2 code. On ARM (expected, not measured: ARMv8 may also reorder the loads in \
            hardware): seen.""")
    @Outcome(id = "1, 1",           expect = ACCEPTABLE,             desc = CONSISTENT)
    @Outcome(id = {"0, 0", "0, 1"}, expect = ACCEPTABLE,             desc = REJECTED)
    @Outcome(id = "1, 0",           expect = ACCEPTABLE_INTERESTING, desc = TORN_ACCEPTED)
    @State
    public static class PlainReread {

        private static final VarHandle STAMP =
                FieldHandle.of(MethodHandles.lookup(), PlainReread.class, "stamp", int.class);

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
            int s2 = stamp;
            boolean accepted = s1 == s2 && (s1 & 1) == 0;
            int expected = s1 / 2;
            r.r1 = accepted ? 1 : 0;
            r.r2 = x == expected && y == expected ? 1 : 0;
        }
    }

    @GuardOf({MisplacedFence.class, PlainReread.class})
    @JCStressTest
    @Description("""
            A writer makes the stamp odd, stores two data fields, then makes the stamp even (opaque store + \
            storeStoreFence, release store); the reader loads the stamp (acquire), the data, issues \
            VarHandle.loadLoadFence(), and re-loads the stamp, accepting the data only when both stamps are equal and \
            even (r1 = accepted, r2 = data match the stamp). The fence keeps the data loads before the re-read, so an \
            accepted read cannot overlap a write. Guard: an accepted torn read is FORBIDDEN. On x86 (measured, quick \
            profile, 2-core x86_64, JDK 17; docs/jcstress.md): never seen. On ARM (expected, not measured): never: the \
            load-load fence keeps the data loads before the stamp re-read.""")
    @Outcome(id = "1, 1",           expect = ACCEPTABLE, desc = CONSISTENT)
    @Outcome(id = {"0, 0", "0, 1"}, expect = ACCEPTABLE, desc = REJECTED)
    @Outcome(id = "1, 0",           expect = FORBIDDEN,  desc = TORN_ACCEPTED)
    @State
    public static class FenceBeforeReread {

        private static final VarHandle STAMP =
                FieldHandle.of(MethodHandles.lookup(), FenceBeforeReread.class, "stamp", int.class);

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
}
