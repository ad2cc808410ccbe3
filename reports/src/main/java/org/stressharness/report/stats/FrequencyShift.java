package org.stressharness.report.stats;

/**
 * Whether an outcome's frequency moved enough between two runs to point out: by at least {@value #FACTOR}x, with
 * at least {@value #MIN_COUNT} hits on the larger side so that a handful of hits is not called a shift.
 */
public final class FrequencyShift {

    public static final double FACTOR = 10.0;
    public static final long MIN_COUNT = 30;

    private FrequencyShift() {
    }

    /** Both runs saw the outcome, and its frequencies differ by the factor or more. */
    public static boolean isLarge(long countA, long samplesA, long countB, long samplesB) {
        if (countA == 0 || countB == 0 || samplesA == 0 || samplesB == 0 || Math.max(countA, countB) < MIN_COUNT) {
            return false;
        }
        double a = (double) countA / samplesA;
        double b = (double) countB / samplesB;
        return Math.max(a, b) / Math.min(a, b) >= FACTOR;
    }
}
