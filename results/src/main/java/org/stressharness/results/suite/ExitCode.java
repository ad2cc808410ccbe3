package org.stressharness.results.suite;

/**
 * What every process of the harness tells its caller by its exit status: the {@code harness} command, and the
 * suite runners it forks. One table, so a CI step and the docs read the same numbers.
 */
public enum ExitCode {
    /** It ran and nothing failed: every planned test gave a verdict (for a suite runner: it ran its tests). */
    OK(0),
    /** A test FAILED: a correctness failure was found (or, for {@code reproduce}, the outcome did not show). */
    FAILED(1),
    /** Bad input, refused in one line on stderr before anything ran. Nothing was tested. */
    USAGE(2),
    /** Nothing failed, but planned tests never ran (the time budget ran out): not a green night. */
    INCOMPLETE(3),
    /**
     * No verdict where one was planned: a test ERRORed (a crash, a hang, a machine fault), an attempt of
     * {@code reproduce} gave no result, or a suite runner could not go on (its results could not be written, its
     * engine could not start). A fault of the machinery, not of the input and not of the code under test.
     */
    ERROR(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }
}
