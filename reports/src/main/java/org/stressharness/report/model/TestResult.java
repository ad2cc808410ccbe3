package org.stressharness.report.model;

/**
 * One test's verdict and evidence. Exactly one of the source-specific details is set, matching {@link #source}.
 *
 * @param source      the suite that produced it
 * @param name        unique within its source (jcstress: the test class; Lincheck: test id; scenario: its id)
 * @param description what the test shows, in its author's words
 * @param status      the verdict
 * @param durationMs  wall time spent on it
 * @param message     a one-line explanation for FAILED / ERROR (and for INTERESTING: what was seen)
 * @param output      captured output for crashes and errors, else null
 * @param reproduce   a command that re-runs just this test, or null
 */
public record TestResult(Source source, String name, String description, Status status, long durationMs,
                         String message, String output, String reproduce,
                         JcstressDetail jcstress, LincheckDetail lincheck, ScenarioDetail scenario) {

    /** An ERROR result for a test (or a whole suite) that gave no verdict. */
    public static TestResult error(Source source, String name, String message, String output) {
        return new TestResult(source, name, null, Status.ERROR, 0, message, output, null, null, null, null);
    }
}
