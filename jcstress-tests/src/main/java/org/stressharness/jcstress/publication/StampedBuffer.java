package org.stressharness.jcstress.publication;

/** A version and a buffer published together through final fields. */
final class StampedBuffer {

    static final int LENGTH = 4;

    final int version;
    final int[] buffer;

    StampedBuffer(int version, int[] buffer) {
        this.version = version;
        this.buffer = buffer;
    }

    /** Buffer elements that hold the written value 1. */
    static int filled(int[] buffer) {
        int n = 0;
        for (int v : buffer) {
            if (v == 1) {
                n++;
            }
        }
        return n;
    }
}
