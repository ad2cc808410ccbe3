package org.stressharness.results.model;

/**
 * How a verdict reads to a person. A demonstration that did not break has status PASSED (nothing failed), but
 * "PlainSnapshotPublication PASSED" would read as "plain publication is safe": it is shown as NOT OBSERVED,
 * distinct from a guard that held.
 */
public final class VerdictLabel {

    public static final String NOT_OBSERVED = "NOT OBSERVED";

    private VerdictLabel() {
    }

    public static String of(TestResult r) {
        if (r.status() == null) {
            return Status.ERROR.name();
        }
        return notObserved(r) ? NOT_OBSERVED : r.status().name();
    }

    /**
     * A test name without its package, e.g. {@code LostPut.PlainHashMap} for
     * {@code org.stressharness.jcstress.maps.LostPut.PlainHashMap}: nested tests keep their outer class, so
     * variants of different ideas stay apart.
     */
    public static String shortName(String name) {
        if (name == null) {
            return "";
        }
        String[] parts = name.split("\\.");
        int first = parts.length - 1;
        while (first > 0 && !parts[first - 1].isEmpty() && Character.isUpperCase(parts[first - 1].charAt(0))) {
            first--;
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, first, parts.length));
    }

    /**
     * A passed test that is no evidence either way, never a PASS: a demonstration that never showed its broken
     * outcome, or a documented finding (a Lincheck check that expects a failure) that did not show. A negative control
     * that passed was caught, so it carries a failure kind and is not one of these.
     */
    public static boolean notObserved(TestResult r) {
        return notObservedDemonstration(r) || r.status() == Status.PASSED && r.lincheck() != null
                && r.lincheck().expectFailure() && r.lincheck().failureKind() == null;
    }

    /** A demonstration (unsafe idiom) that ran cleanly and never showed its broken outcome. */
    public static boolean notObservedDemonstration(TestResult r) {
        return r.status() == Status.PASSED && r.jcstress() != null
                && r.jcstress().role() == JcstressDetail.Role.DEMONSTRATION;
    }
}
