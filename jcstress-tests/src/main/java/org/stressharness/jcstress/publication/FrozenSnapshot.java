package org.stressharness.jcstress.publication;

/**
 * The same fields as {@link Snapshot}, computed the same way, all final: the JMM's final-field rule makes them
 * visible to any thread that sees the reference, however it was published.
 */
final class FrozenSnapshot {

    final int version;
    final int twice;
    final int thrice;
    final int fourTimes;

    FrozenSnapshot(int version) {
        this.version = version;
        this.twice = this.version + version;
        this.thrice = this.twice + version;
        this.fourTimes = this.thrice + version;
    }
}
