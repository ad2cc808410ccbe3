package org.stressharness.report.history;

/**
 * Something tonight's run shows that the last nights of the same job did not: what a reviewer reads first.
 *
 * @param what one line, e.g. {@code FAILED (last 7 nights: PASSED)}
 */
public record News(Kind kind, String job, String test, String what) {

    /** What the page and the summary say when tonight shows nothing new. */
    public static final String NOTHING_NEW = "Nothing new: every verdict and outcome tonight was seen in the last "
            + "nights, and every demonstration fired.";

    /** The kind in words, e.g. "lost power". */
    public String label() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

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
