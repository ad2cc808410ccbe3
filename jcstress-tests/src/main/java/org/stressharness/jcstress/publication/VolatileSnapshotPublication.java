package org.stressharness.jcstress.publication;

import org.stressharness.jcstress.GuardOf;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Snapshot published through a volatile field: guard. Demonstrations: {@link PlainSnapshotPublication}, {@link OpaqueSnapshotPublication}.
 */
@GuardOf({PlainSnapshotPublication.class, OpaqueSnapshotPublication.class})
@JCStressTest
@Description("A writer replaces a published snapshot (version 1) by a new one (version 2) whose fields are a version, a payload of that version and the payload's checksum; the reference travels through a volatile field. The reader validates what it sees (r1 = the version when the fields agree, 0 when torn). A volatile write happens-before the volatile read that sees it. Guard: the torn snapshot is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never, by the volatile reference's happens-before edge.")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "The old snapshot, complete.")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "The new snapshot, complete.")
@Outcome(id = "0", expect = FORBIDDEN, desc = "Torn: the reference was seen before the fields it carries.")
@State
public class VolatileSnapshotPublication {

    volatile Snapshot snapshot = Snapshot.of(1);

    @Actor
    public void writer() {
        snapshot = Snapshot.of(2);
    }

    @Actor
    public void reader(I_Result r) {
        Snapshot s = snapshot;
        r.r1 = Snapshot.verdict(s.version, s.payload, s.checksum);
    }
}
