package org.stressharness.jcstress.publication;

import org.stressharness.jcstress.api.FieldHandle;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressMeta;
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
 * A writer fills a buffer, then bumps its version; a reader reads the version, then the buffer. One idea per file:
 * the unsafe idioms (PlainVersion, OpaqueVersion: demonstrations, the broken outcome ACCEPTABLE_INTERESTING) and
 * their safe twins (ReleaseAcquireVersion, VolatileVersion, FinalFields, Locked: guards, the same outcome
 * FORBIDDEN), nested as jcstress tests. Each carries the histogram it produced on x86_64; the report sets every
 * demonstration beside its guards from the same run.
 *
 * <p>The outcomes declared on this class are those every guard of the topic grades; each guard reads them
 * with {@code @JCStressMeta}.
 */
@CompilerReorderings
@Outcome(id = {"0, 0", "0, 1", "0, 2", "0, 3", "0, 4"}, expect = ACCEPTABLE, desc = VersionStampedBuffer.OLD_VERSION)
@Outcome(id = "1, 4",                                   expect = ACCEPTABLE, desc = VersionStampedBuffer.NEW_FULL)
@Outcome(id = {"1, 0", "1, 1", "1, 2", "1, 3"},         expect = FORBIDDEN,  desc = VersionStampedBuffer.NEW_STALE)
public final class VersionStampedBuffer {

    private VersionStampedBuffer() {
    }

    /** Every demonstration of the topic. */
    private static final String DEMONSTRATION = """
            Demonstration: version 1 with a stale buffer is ACCEPTABLE_INTERESTING.\s""";

    /** Every guard of the topic. */
    private static final String GUARD = """
            Guard: version 1 with a stale buffer is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; \
            docs/jcstress.md): never seen.\s""";

    // Outcome texts, shared by the tests that grade the same outcome.
    static final String OLD_VERSION = "Old version: the buffer may be in any state.";
    static final String NEW_FULL = "New version, full buffer.";
    static final String NEW_STALE = "New version, stale buffer.";

    @JCStressTest
    @Description("""
            A writer fills a 4-element buffer with 1s, then bumps the version from 0 to 1 through a plain version \
            field; the reader reads the version, then the buffer (r1 = version seen, r2 = buffer elements seen \
            filled). Plain writes and reads order nothing: the new version may be seen before the buffer \
            writes.\s""" + DEMONSTRATION + """
            On x86 (measured, jcstress's quick matrix of 28 forks, 2-core x86_64, JDK 17; docs/jcstress.md): seen \
            74,021 times in 348 M samples (2.1e-4), only in forks whose writer ran C2 code, with or without the \
            randomizers: x86 keeps stores in order, so the compiler moved buffer stores below the version store. On \
            ARM (expected, not measured: ARMv8 may also reorder the stores and the loads in hardware): a stale buffer \
            behind a new version seen.""")
    @Outcome(id = {"0, 0", "0, 1", "0, 2", "0, 3", "0, 4"}, expect = ACCEPTABLE,             desc = OLD_VERSION)
    @Outcome(id = "1, 4",                                   expect = ACCEPTABLE,             desc = NEW_FULL)
    @Outcome(id = {"1, 0", "1, 1", "1, 2", "1, 3"},         expect = ACCEPTABLE_INTERESTING, desc = NEW_STALE)
    @State
    public static class PlainVersion {

        final int[] buffer = new int[Slots.COUNT];
        int version;

        @Actor
        public void writer() {
            Slots.fill(buffer);
            version = 1;
        }

        @Actor
        public void reader(II_Result r) {
            int v = version;
            r.r1 = v;
            r.r2 = Slots.filled(buffer);
        }
    }

    /*
     * Demonstration: its race does not show on x86.
     *
     * x86_64: the outcomes each run measured are in its report (kept: docs/runs/x86_64-quick).
     * AArch64: not measured; what is expected, and why, is in the description.
     */
    @JCStressTest
    @Description("""
            A writer fills a 4-element buffer with 1s, then bumps the version from 0 to 1 through VarHandle \
            setOpaque/getOpaque on the version; the reader reads the version, then the buffer (r1 = version seen, r2 = \
            buffer elements seen filled). Opaque access orders nothing but the version itself.\s"""
            + DEMONSTRATION + """
            On x86 (measured, jcstress's quick matrix with 2 s iterations, 28 forks, 2-core x86_64, JDK 17; \
            docs/jcstress.md): never seen in 3,119,948,308 samples; expected to stay so: x86 keeps stores in order and \
            loads in order, and the compiler does not move plain accesses across an opaque one (jcstress's own \
            BasicJMM_08_Finals.OpaqueInit and BasicJMM_06_Causality.OpaqueReads show the same on x86). Measured never \
            to break on x86 (above), so this demonstration is expected to show its race on ARM only. On ARM (expected, \
            not measured: opaque orders nothing between addresses and ARMv8 may reorder the stores and the loads): a \
            stale buffer behind a new version seen.""")
    @Outcome(id = {"0, 0", "0, 1", "0, 2", "0, 3", "0, 4"}, expect = ACCEPTABLE,             desc = OLD_VERSION)
    @Outcome(id = "1, 4",                                   expect = ACCEPTABLE,             desc = NEW_FULL)
    @Outcome(id = {"1, 0", "1, 1", "1, 2", "1, 3"},         expect = ACCEPTABLE_INTERESTING, desc = NEW_STALE)
    @NeverFiredOn(architectures = {"amd64", "x86_64"}, evidence = """
            never in 5,866,317,068 samples of jcstress's full default matrix (68 forks: every compile mode per actor, \
            \u00b1 biased locking, C2's randomizers), 2-core x86_64, OpenJDK 17.0.15, 2026-12-02; \
            docs/runs/x86_64-default-matrix-9/""")
    @State
    public static class OpaqueVersion {

        private static final VarHandle VERSION =
                FieldHandle.of(MethodHandles.lookup(), OpaqueVersion.class, "version", int.class);

        final int[] buffer = new int[Slots.COUNT];
        int version;

        @Actor
        public void writer() {
            Slots.fill(buffer);
            VERSION.setOpaque(this, 1);
        }

        @Actor
        public void reader(II_Result r) {
            int v = (int) VERSION.getOpaque(this);
            r.r1 = v;
            r.r2 = Slots.filled(buffer);
        }
    }

    @GuardOf({PlainVersion.class, OpaqueVersion.class})
    @JCStressTest
    @Description("""
            A writer fills a 4-element buffer with 1s, then bumps the version from 0 to 1 through VarHandle \
            setRelease/getAcquire on the version; the reader reads the version, then the buffer (r1 = version seen, r2 \
            = buffer elements seen filled). setRelease orders the buffer writes before the version; getAcquire orders \
            the buffer reads after it.\s""" + GUARD + """
            On ARM (expected, not measured): never: release/acquire orders the buffer stores before the version.""")
    @JCStressMeta(VersionStampedBuffer.class)
    @State
    public static class ReleaseAcquireVersion {

        private static final VarHandle VERSION =
                FieldHandle.of(MethodHandles.lookup(), ReleaseAcquireVersion.class, "version", int.class);

        final int[] buffer = new int[Slots.COUNT];
        int version;

        @Actor
        public void writer() {
            Slots.fill(buffer);
            VERSION.setRelease(this, 1);
        }

        @Actor
        public void reader(II_Result r) {
            int v = (int) VERSION.getAcquire(this);
            r.r1 = v;
            r.r2 = Slots.filled(buffer);
        }
    }

    @GuardOf({PlainVersion.class, OpaqueVersion.class})
    @JCStressTest
    @Description("""
            A writer fills a 4-element buffer with 1s, then bumps the version from 0 to 1 through a volatile version \
            field; the reader reads the version, then the buffer (r1 = version seen, r2 = buffer elements seen \
            filled). The volatile write happens-before the volatile read that sees it.\s""" + GUARD
            + "On ARM (expected, not measured): never, by the volatile version's happens-before edge.")
    @JCStressMeta(VersionStampedBuffer.class)
    @State
    public static class VolatileVersion {

        final int[] buffer = new int[Slots.COUNT];
        volatile int version;

        @Actor
        public void writer() {
            Slots.fill(buffer);
            version = 1;
        }

        @Actor
        public void reader(II_Result r) {
            int v = version;
            r.r1 = v;
            r.r2 = Slots.filled(buffer);
        }
    }

    @GuardOf({PlainVersion.class, OpaqueVersion.class})
    @JCStressTest
    @Description("""
            A writer fills a new 4-element buffer with 1s and publishes it with version 1 in an object whose fields \
            are final, through a plain field (the old object holds version 0 and an empty buffer); the reader reads \
            the object, its version, then its buffer (r1 = version seen, r2 = buffer elements seen filled). The \
            final-field rule makes the buffer contents written before the constructor ends visible with the \
            object.\s""" + GUARD + """
            On ARM (expected, not measured): never, by the JMM's final-field guarantee.""")
    @Outcome(id = "0, 0",                           expect = ACCEPTABLE, desc = "Old version, its empty buffer.")
    @Outcome(id = "1, 4",                           expect = ACCEPTABLE, desc = NEW_FULL)
    @Outcome(id = {"1, 0", "1, 1", "1, 2", "1, 3"}, expect = FORBIDDEN,  desc = NEW_STALE)
    @State
    public static class FinalFields {

        StampedBuffer stamped = new StampedBuffer(0, new int[Slots.COUNT]);

        @Actor
        public void writer() {
            int[] buffer = new int[Slots.COUNT];
            Slots.fill(buffer);
            stamped = new StampedBuffer(1, buffer);
        }

        @Actor
        public void reader(II_Result r) {
            StampedBuffer s = stamped;
            r.r1 = s.version;
            r.r2 = Slots.filled(s.buffer);
        }
    }

    @GuardOf({PlainVersion.class, OpaqueVersion.class})
    @JCStressTest
    @Description("""
            A writer fills a 4-element buffer with 1s and bumps the version from 0 to 1 holding a monitor; the reader \
            reads the version, then the buffer, holding the same monitor (r1 = version seen, r2 = buffer elements seen \
            filled). Unlock happens-before the next lock of the same monitor, and the lock makes the update \
            atomic.\s""" + GUARD + """
            On ARM (expected, not measured): never, by the monitor's happens-before edge.""")
    @Outcome(id = "0, 0",                           expect = ACCEPTABLE, desc = "Old version, empty buffer.")
    @Outcome(id = "1, 4",                           expect = ACCEPTABLE, desc = NEW_FULL)
    @Outcome(id = {"1, 0", "1, 1", "1, 2", "1, 3"}, expect = FORBIDDEN,  desc = NEW_STALE)
    @State
    public static class Locked {

        final int[] buffer = new int[Slots.COUNT];
        int version;

        @Actor
        public void writer() {
            synchronized (this) {
                Slots.fill(buffer);
                version = 1;
            }
        }

        @Actor
        public void reader(II_Result r) {
            synchronized (this) {
                r.r1 = version;
                r.r2 = Slots.filled(buffer);
            }
        }
    }
}
