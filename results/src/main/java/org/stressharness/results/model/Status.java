package org.stressharness.results.model;

/**
 * One status vocabulary for every source. Ordered by severity, so the worst of several is the maximum.
 */
public enum Status {
    /** Ran as designed; nothing forbidden or surprising was seen. */
    PASSED,
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
