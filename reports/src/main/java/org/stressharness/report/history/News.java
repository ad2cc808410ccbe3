package org.stressharness.report.history;

/**
 * Something tonight's run shows that the last nights of the same job did not: what a reviewer reads first.
 *
 * @param what one line, e.g. {@code FAILED (last 7 nights: PASSED)}
 */
public record News(Kind kind, String job, String test, String what) {

    public enum Kind {
        /** A verdict none of the last nights had. */
        VERDICT,
        /** An interesting or forbidden outcome none of the last nights saw. */
        OUTCOME,
        /** A demonstration that fired on each of the last nights and not tonight. */
        LOST_POWER,
        /** A test with no earlier night on this job. */
        NEW_TEST,
        /** A test the last night ran and tonight did not. */
        MISSING
    }
}
