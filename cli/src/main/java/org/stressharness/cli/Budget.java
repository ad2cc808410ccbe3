package org.stressharness.cli;

import java.time.Duration;

/**
 * A cap on a whole run's wall time, shared out over the suites in proportion to their test counts; time a
 * suite does not use goes to the ones after it.
 */
final class Budget {

    private final long deadlineNanos;
    private final boolean unlimited;

    private Budget(Duration total) {
        this.unlimited = total == null;
        this.deadlineNanos = unlimited ? Long.MAX_VALUE : System.nanoTime() + total.toNanos();
    }

    static Budget of(Duration total) {
        return new Budget(total);
    }

    static Budget unlimited() {
        return new Budget(null);
    }

    boolean isLimited() {
        return !unlimited;
    }

    Duration remaining() {
        return unlimited ? Duration.ofDays(365) : Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    boolean exhausted() {
        return !unlimited && remaining().isZero();
    }

    /** The slice for a suite with {@code tests} of the {@code remainingTests} still to run, capped by {@code cap}. */
    Duration sliceFor(int tests, int remainingTests, Duration cap) {
        if (unlimited) {
            return cap;
        }
        Duration slice = remaining().multipliedBy(tests).dividedBy(Math.max(1, remainingTests));
        return slice.compareTo(cap) < 0 ? slice : cap;
    }
}
