package org.stressharness.results.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One test's verdict and evidence.
 *
 * <p>The evidence is one {@link Detail} of the kind its {@link #source} produces, or none (an ERROR before any
 * evidence): an invalid combination cannot be built. In JSON it stays where the schema has always put it, under
 * the suite's own key ({@code jcstress}, {@code lincheck} or {@code scenario}).
 *
 * @param source      the suite that produced it
 * @param name        unique within its source (jcstress: the test class; Lincheck: test id; scenario: its id)
 * @param description what the test shows, in its author's words
 * @param status      the verdict
 * @param durationMs  wall time spent on it
 * @param message     a one-line explanation for FAILED / ERROR (and for INTERESTING: what was seen)
 * @param output      captured output for crashes and errors, else null
 * @param reproduce   a command that re-runs just this test, or null
 * @param detail      the suite's evidence, or null
 */
public record TestResult(Source source, String name, String description, Status status, long durationMs,
                         String message, String output, String reproduce, @JsonIgnore Detail detail) {

    public TestResult {
        if (detail != null && detail.source() != source) {
            throw new IllegalArgumentException(name + ": " + source + " result with " + detail.source() + " evidence");
        }
    }

    /** Reads the schema's shape: at most one of the three suite keys, the one that matches {@code source}. */
    @JsonCreator
    static TestResult fromJson(@JsonProperty("source") Source source, @JsonProperty("name") String name,
                               @JsonProperty("description") String description, @JsonProperty("status") Status status,
                               @JsonProperty("durationMs") long durationMs, @JsonProperty("message") String message,
                               @JsonProperty("output") String output, @JsonProperty("reproduce") String reproduce,
                               @JsonProperty("jcstress") JcstressDetail jcstress,
                               @JsonProperty("lincheck") LincheckDetail lincheck,
                               @JsonProperty("scenario") ScenarioDetail scenario) {
        int given = (jcstress == null ? 0 : 1) + (lincheck == null ? 0 : 1) + (scenario == null ? 0 : 1);
        if (given > 1) {
            throw new IllegalArgumentException(name + ": more than one kind of evidence");
        }
        Detail detail = jcstress != null ? jcstress : lincheck != null ? lincheck : scenario;
        return new TestResult(source, name, description, status, durationMs, message, output, reproduce, detail);
    }

    /** An ERROR result for a test (or a whole suite) that gave no verdict. */
    public static TestResult error(Source source, String name, String message, String output) {
        return new TestResult(source, name, null, Status.ERROR, 0, message, output, null, null);
    }

    /**
     * How the message of a planned test that never started begins: the run ended before it (its time budget ran
     * out, it was interrupted or killed). Such a test is an ERROR (it gave no verdict) that reports list first and
     * that gives the run an exit status of its own.
     */
    public static final String NOT_RUN = "NOT RUN: ";

    /** A planned test that never started, and why. */
    public static TestResult notRun(Source source, String name, String why) {
        return error(source, name, NOT_RUN + why, null);
    }

    /** Whether this planned test never started ({@link #notRun}). */
    @JsonIgnore
    public boolean wasNotRun() {
        return status == Status.ERROR && message != null && message.startsWith(NOT_RUN);
    }

    /** Why this planned test never started; null for a test that ran. */
    @JsonIgnore
    public String notRunReason() {
        return wasNotRun() ? message.substring(NOT_RUN.length()) : null;
    }

    @JsonProperty("jcstress")
    public JcstressDetail jcstress() {
        return detail instanceof JcstressDetail d ? d : null;
    }

    @JsonProperty("lincheck")
    public LincheckDetail lincheck() {
        return detail instanceof LincheckDetail d ? d : null;
    }

    @JsonProperty("scenario")
    public ScenarioDetail scenario() {
        return detail instanceof ScenarioDetail d ? d : null;
    }
}
