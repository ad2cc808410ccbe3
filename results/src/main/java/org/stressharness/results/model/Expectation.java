package org.stressharness.results.model;

/** How a jcstress outcome is graded; mirrors jcstress's {@code Expect}. */
public enum Expectation {
    ACCEPTABLE, ACCEPTABLE_INTERESTING, FORBIDDEN, UNKNOWN
}
