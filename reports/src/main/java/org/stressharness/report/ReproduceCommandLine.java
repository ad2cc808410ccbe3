package org.stressharness.report;

import org.stressharness.results.model.TestResult;

import java.util.regex.Pattern;

/** The copy-paste command that re-runs one result locally. */
public final class ReproduceCommandLine {

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ReproduceCommandLine() {
    }

    /**
     * {@code ./harness reproduce <name> --from <runDir>}: re-runs the test with the configuration the run recorded.
     *
     * @param runDir the run directory as the reader will name it (e.g. {@code reports/out/<run-id>})
     */
    public static String of(TestResult result, String runDir) {
        return "./harness reproduce " + quote(result.name()) + " --from " + quote(runDir);
    }

    /** The suite's own command for just this test, when it gave one (it may need placeholders filled in), else null. */
    public static String direct(TestResult result) {
        return result.reproduce() == null || result.reproduce().isBlank() ? null : result.reproduce();
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
