package org.stressharness.jcstress.publication;

/** A version and a buffer published together through final fields. */
final class StampedBuffer {

    final int version;
    final int[] buffer;

    StampedBuffer(int version, int[] buffer) {
        this.version = version;
        this.buffer = buffer;
    }
}
