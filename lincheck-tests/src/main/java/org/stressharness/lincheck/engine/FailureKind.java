package org.stressharness.lincheck.engine;

import java.util.Locale;

/** Names the kind of a Lincheck failure from the headline of its report. */
public final class FailureKind {

    public static final String INCORRECT_RESULTS = "incorrect results";
    public static final String OBSTRUCTION_FREEDOM = "obstruction-freedom violated";
    public static final String VALIDATION = "validation failed";

    private FailureKind() {
    }

    public static String of(String report) {
        if (report == null || report.isBlank()) {
            return "unknown";
        }
        String text = report.toLowerCase(Locale.ROOT);
        if (text.contains("invalid execution results")) {
            return INCORRECT_RESULTS;
        }
        if (text.contains("should be non-blocking")) {
            return OBSTRUCTION_FREEDOM;
        }
        if (text.contains("livelock")) {
            return "livelock";
        }
        if (text.contains("has hung")) {
            return "deadlock";
        }
        if (text.contains("unexpected exception")) {
            return "unexpected exception";
        }
        if (text.contains("validation")) {
            return VALIDATION;
        }
        return "other: " + report.strip().lines().findFirst().orElse("");
    }
}
