package org.stressharness.results.model;

/**
 * One status vocabulary for every source. Ordered by severity, so the worst of several is the maximum.
 */
public enum Status {
    /** Ran as designed; nothing forbidden or surprising was seen. */
    PASSED,
    /**
     * Ran cleanly, but what it is there to show did not show here: a demonstration whose unsafe idiom did not break,
     * a documented finding that did not reproduce. No evidence either way: neither a failure nor a pass. Runs
     * written before this status have such results as PASSED; {@link VerdictLabel#statusOf} reads them as this.
     */
    NOT_OBSERVED,
    /** A documented race was observed (a demonstration did its job). Not a failure. */
    INTERESTING,
    /** A correctness failure: forbidden outcome, non-linearizable history, failed scenario assertion. */
    FAILED,
    /** The test could not give a verdict: crash, timeout, infrastructure problem. */
    ERROR;

    public Status worst(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
