package org.stressharness.cli;

import java.util.Locale;
import java.util.Map;

/** Reads Lincheck's recorded options (as the Lincheck suite names them in its results). */
final class LincheckOptions {

    private LincheckOptions() {
    }

    /** Iterations times invocations per iteration: what a passing check ran; NaN when not recorded. */
    static double invocations(Map<String, Object> options) {
        double iterations = number(options, "iterations");
        double perIteration = number(options, "invocationsperiteration");
        if (Double.isNaN(perIteration)) {
            perIteration = number(options, "invocations");
        }
        return iterations * perIteration;
    }

    private static double number(Map<String, Object> options, String key) {
        if (options == null) {
            return Double.NaN;
        }
        for (Map.Entry<String, Object> e : options.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(key) && e.getValue() instanceof Number n) {
                return n.doubleValue();
            }
        }
        return Double.NaN;
    }
}
