package org.stressharness.jcstress.publication;

import org.stressharness.jcstress.GuardOf;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Snapshot published through VarHandle setRelease/getAcquire: guard. Demonstrations: {@link PlainSnapshotPublication}, {@link OpaqueSnapshotPublication}.
 */
@GuardOf({PlainSnapshotPublication.class, OpaqueSnapshotPublication.class})
@JCStressTest
@Description("A writer replaces a published snapshot (version 1) by a new one (version 2) whose fields are a version, a payload of that version and the payload's checksum; the reference travels through VarHandle setRelease/getAcquire. The reader validates what it sees (r1 = the version when the fields agree, 0 when torn). setRelease orders the field writes before the reference; getAcquire orders the field reads after it. Guard: the torn snapshot is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never: release/acquire orders the fields' stores before the reference.")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "The old snapshot, complete.")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "The new snapshot, complete.")
@Outcome(id = "0", expect = FORBIDDEN, desc = "Torn: the reference was seen before the fields it carries.")
@State
public class ReleaseAcquireSnapshotPublication {

    private static final VarHandle SNAPSHOT;

    static {
        try {
            SNAPSHOT = MethodHandles.lookup().findVarHandle(ReleaseAcquireSnapshotPublication.class, "snapshot", Snapshot.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    Snapshot snapshot = Snapshot.of(1);

    @Actor
    public void writer() {
        SNAPSHOT.setRelease(this, Snapshot.of(2));
    }

    @Actor
    public void reader(I_Result r) {
        Snapshot s = (Snapshot) SNAPSHOT.getAcquire(this);
        r.r1 = Snapshot.verdict(s.version, s.payload, s.checksum);
    }
}
