package org.stressharness.results.model;

/**
 * How a verdict reads to a person. A demonstration that did not break is NOT_OBSERVED, never PASSED:
 * "PlainSnapshotPublication PASSED" would read as "plain publication is safe". Runs written before that status
 * existed have such results as PASSED; they read as NOT OBSERVED all the same ({@link #statusOf}).
 */
public final class VerdictLabel {

    public static final String NOT_OBSERVED = "NOT OBSERVED";

    private VerdictLabel() {
    }

    public static String of(TestResult r) {
        Status s = statusOf(r);
        return s == Status.NOT_OBSERVED ? NOT_OBSERVED : s.name();
    }

    /**
     * The status a result stands for: its own, except that a result without one is ERROR and a result of an
     * earlier run that was PASSED only because NOT_OBSERVED did not exist yet is NOT_OBSERVED: a demonstration that
     * never showed its broken outcome, or a documented finding (a Lincheck check that expects a failure) that did not
     * show. A negative control that passed was caught, so it carries a failure kind and is not one of these. Counts,
     * badges, comparisons and history read this, so earlier runs and new ones agree.
     */
    public static Status statusOf(TestResult r) {
        if (r.status() == null) {
            return Status.ERROR;
        }
        if (r.status() == Status.PASSED && r.lincheck() != null && r.lincheck().expectFailure()
                && r.lincheck().failureKind() == null) {
            return Status.NOT_OBSERVED;
        }
        return statusOf(r.status(), r.jcstress() == null ? null : r.jcstress().role());
    }

    /** The same for a jcstress test known by its recorded status and role only (a night's digest keeps no more). */
    public static Status statusOf(Status recorded, JcstressDetail.Role role) {
        return recorded == Status.PASSED && role == JcstressDetail.Role.DEMONSTRATION ? Status.NOT_OBSERVED : recorded;
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
}
