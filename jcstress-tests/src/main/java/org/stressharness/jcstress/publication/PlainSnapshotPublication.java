package org.stressharness.jcstress.publication;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * Snapshot published through a plain field: demonstration. Guards: {@link ReleaseAcquireSnapshotPublication}, {@link VolatileSnapshotPublication}, {@link FinalFieldSnapshotPublication}, {@link LockedSnapshotPublication}.
 */
@JCStressTest
@Description("A writer replaces a published snapshot (version 1) by a new one (version 2) whose fields are a version, a payload of that version and the payload's checksum; the reference travels through a plain field. The reader validates what it sees (r1 = the version when the fields agree, 0 when torn). A plain write orders nothing: the payload and checksum writes may become visible after the reference. Demonstration: the torn snapshot is ACCEPTABLE_INTERESTING. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): not seen; x86 keeps stores in order and loads in order, so only the compiler could tear it. On ARM (expected, not measured: ARMv8 may reorder the stores and the loads): torn snapshots seen.")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "The old snapshot, complete.")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "The new snapshot, complete.")
@Outcome(id = "0", expect = ACCEPTABLE_INTERESTING, desc = "Torn: the reference was seen before the fields it carries.")
@State
public class PlainSnapshotPublication {

    Snapshot snapshot = Snapshot.of(1);

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
