package org.stressharness.jcstress.publication;

/**
 * The same fields as {@link Snapshot}, all final: the JMM's final-field rule makes them, and the payload
 * array reached through them, visible to any thread that sees the reference, however it was published.
 */
final class FrozenSnapshot {

    final int version;
    final int[] payload;
    final long checksum;

    FrozenSnapshot(int version) {
        this.version = version;
        this.payload = Snapshot.payloadFor(version);
        this.checksum = Snapshot.checksum(payload);
    }
}
