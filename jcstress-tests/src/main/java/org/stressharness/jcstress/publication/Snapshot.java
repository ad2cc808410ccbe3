package org.stressharness.jcstress.publication;

/**
 * Several fields that are only meaningful together: a version and three fields derived from it (twice, three
 * and four times the version). Fields are not final, so only the publishing idiom decides whether a reader sees
 * them whole.
 *
 * <p>The constructor computes each field from the previous one and from a value the writer loads, in straight-line
 * code: the shape of jcstress's own {@code BasicJMM_08_Finals.PlainInit}, which C2 (with its scheduling
 * randomizers) does reorder past the publishing store on x86. An earlier shape (an array payload filled in a loop,
 * with a checksum) was never torn on x86 in the whole quick matrix: the loop and the array allocation kept the
 * compiler from moving the field stores.
 */
final class Snapshot {

    /** What a reader reports for a snapshot seen incomplete or mixed. */
    static final int TORN = 0;

    int version;
    int twice;
    int thrice;
    int fourTimes;

    Snapshot(int version) {
        this.version = version;
        this.twice = this.version + version;
        this.thrice = this.twice + version;
        this.fourTimes = this.thrice + version;
    }

    /** The version when the fields agree with each other, {@link #TORN} when they do not. */
    static int verdict(int version, int twice, int thrice, int fourTimes) {
        boolean whole = version != 0 && twice == 2 * version && thrice == 3 * version && fourTimes == 4 * version;
        return whole ? version : TORN;
    }
}
