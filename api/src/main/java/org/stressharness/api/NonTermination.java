package org.stressharness.api;

/**
 * How a test tells the engine that an actor never returned. jcstress ends such a fork with TIMEOUT_ERROR and no
 * counts; a test that watches its own operations (as our map tests do) prints
 * {@link #MARKER} before it halts the fork, and a test that declares the outcome {@link #DID_NOT_TERMINATE} then
 * has the fork counted as that outcome. A timeout without the marker stays an ERROR: no claim about a loop.
 */
public final class NonTermination {

    /** The line a fork halted by a test's own watch prints first. */
    public static final String MARKER = "stress-harness: a map operation did not terminate";

    /** The outcome the engine gives a fork that halted with {@link #MARKER}, for a test that declares it. */
    public static final String DID_NOT_TERMINATE = "did not terminate";

    private NonTermination() {
    }
}
