package org.stressharness.jcstress.publication;

import java.util.Arrays;

/**
 * Several fields that are only meaningful together: a version, a payload whose every element equals the
 * version, and a checksum of the payload. Fields are not final, so only the publishing idiom decides whether
 * a reader sees them whole.
 */
final class Snapshot {

    static final int LENGTH = 4;

    /** What a reader reports for a snapshot seen incomplete or mixed. */
    static final int TORN = 0;

    int version;
    int[] payload;
    long checksum;

    static Snapshot of(int version) {
        Snapshot s = new Snapshot();
        s.version = version;
        s.payload = payloadFor(version);
        s.checksum = checksum(s.payload);
        return s;
    }

    static int[] payloadFor(int version) {
        int[] payload = new int[LENGTH];
        Arrays.fill(payload, version);
        return payload;
    }

    static long checksum(int[] payload) {
        long sum = 17;
        for (int v : payload) {
            sum = sum * 31 + v;
        }
        return sum;
    }

    /** The version when the fields agree with each other, {@link #TORN} when they do not. */
    static int verdict(int version, int[] payload, long checksum) {
        if (payload == null || payload.length != LENGTH || checksum != checksum(payload)) {
            return TORN;
        }
        for (int v : payload) {
            if (v != version) {
                return TORN;
            }
        }
        return version;
    }

}
