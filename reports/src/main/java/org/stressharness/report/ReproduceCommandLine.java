package org.stressharness.report;

import org.stressharness.report.model.TestResult;

import java.util.regex.Pattern;

/** The copy-paste command that re-runs one result locally. */
public final class ReproduceCommandLine {

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ReproduceCommandLine() {
    }

    /**
     * The producer's own command when it gave one, else {@code ./harness reproduce <name> --from <runDir>}.
     *
     * @param runDir the run directory as the reader will name it (e.g. {@code reports/out/<run-id>})
     */
    public static String of(TestResult result, String runDir) {
        if (result.reproduce() != null && !result.reproduce().isBlank()) {
            return result.reproduce();
        }
        return "./harness reproduce " + quote(result.name()) + " --from " + quote(runDir);
    }

    /** The run directory {@code harness run} writes a run into, relative to the checkout. */
    public static String defaultRunDir(String runId) {
        return "reports/out/" + runId;
    }

    static String quote(String word) {
        if (word == null || word.isEmpty()) {
            return "''";
        }
        return SHELL_SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
