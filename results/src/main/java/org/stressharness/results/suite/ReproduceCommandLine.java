package org.stressharness.results.suite;

import org.stressharness.results.model.Profile;
import org.stressharness.results.model.TestResult;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every copy-paste command that re-runs one result, built in one place: the suites give each result the
 * {@code harness run} line that selects just that test ({@link #rerun}), the reports print the
 * {@code harness reproduce} line that replays the configuration a run recorded ({@link #of}).
 */
public final class ReproduceCommandLine {

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
    /** The characters of a test name that are special in an {@code --only} regular expression. */
    private static final Pattern REGEX_SPECIAL = Pattern.compile("([\\\\.\\[\\]{}()*+?^$|])");

    private final List<String> words = new ArrayList<>();

    private ReproduceCommandLine(List<String> start) {
        words.addAll(start);
    }

    /**
     * {@code ./harness run --suites SUITE --profile P --only '^NAME$'}: the whole profile's run of one test, which
     * the suite completes with the options that shaped its run ({@link #option}).
     *
     * @param suite the suite's id as {@code --suites} takes it (jcstress, lincheck, scenarios)
     */
    public static ReproduceCommandLine rerun(String suite, Profile profile, String testName) {
        return new ReproduceCommandLine(List.of("./harness", "run", "--suites", suite, "--profile", profile.id(),
                "--only", quote("^" + REGEX_SPECIAL.matcher(testName).replaceAll("\\\\$1") + "$")));
    }

    /** This command with {@code name} added (a flag). */
    public ReproduceCommandLine option(String name) {
        words.add(name);
        return this;
    }

    /** This command with {@code name value} added; a placeholder such as {@code <jars>} is left as it is. */
    public ReproduceCommandLine option(String name, String value) {
        words.add(name);
        words.add(value.startsWith("<") && value.endsWith(">") ? value : quote(value));
        return this;
    }

    @Override
    public String toString() {
        return String.join(" ", words);
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

    /** {@code word} as one shell word: as it is when it is safe, else in single quotes. */
    public static String quote(String word) {
        if (word == null || word.isEmpty()) {
            return "''";
        }
        return SHELL_SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
