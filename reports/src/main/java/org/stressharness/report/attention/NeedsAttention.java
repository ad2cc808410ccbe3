package org.stressharness.report.attention;

import org.stressharness.report.diff.RunDiff;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.suite.ReproduceCommandLine;

import java.util.Comparator;
import java.util.List;

/**
 * What a reader of the morning report must see first: every FAILED and ERROR result (NOT RUN among them) with its
 * one-line reason and the command that reproduces it, then what is new against the previous run of the same job.
 * Every renderer (HTML, Markdown, the console) shows this before anything else.
 *
 * @param items    the results to act on: FAILED first, then ERROR, then NOT RUN, each by name
 * @param baseline the run compared with, or null when there was none
 * @param news     what is new against it: new failures, newly observed interesting outcomes, other verdict changes
 */
public record NeedsAttention(List<Item> items, Run baseline, List<RunDiff.Finding> news) {

    /** Longest reason shown; the whole message is in the result's own section. */
    private static final int REASON_CHARS = 200;

    /**
     * One result to act on.
     *
     * @param result    the result
     * @param reason    the first line of its message, shortened
     * @param reproduce the command that re-runs it with the run's configuration
     */
    public record Item(TestResult result, String reason, String reproduce) {
    }

    /**
     * @param runDir   the run directory as the reader's commands name it
     * @param baseline the previous run of the same job, or null
     */
    public static NeedsAttention of(Run run, String runDir, Run baseline) {
        List<TestResult> results = run.results() == null ? List.of() : run.results();
        List<Item> items = results.stream()
                .filter(r -> r.status() == Status.FAILED || r.status() == Status.ERROR)
                .sorted(Comparator.comparingInt(NeedsAttention::rank).thenComparing(TestResult::name,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(r -> new Item(r, reason(r), ReproduceCommandLine.of(r, runDir)))
                .toList();
        List<RunDiff.Finding> news = baseline == null ? List.of() : RunDiff.of(baseline, run).findings().stream()
                .filter(f -> f.kind() == RunDiff.Kind.NEW_FAILURE || f.kind() == RunDiff.Kind.NEW_INTERESTING
                        || f.kind() == RunDiff.Kind.VERDICT_CHANGE)
                .toList();
        return new NeedsAttention(items, baseline, news);
    }

    public boolean nothing() {
        return items.isEmpty();
    }

    private static int rank(TestResult r) {
        return r.status() == Status.FAILED ? 0 : r.wasNotRun() ? 2 : 1;
    }

    private static String reason(TestResult r) {
        String line = r.message() == null ? "no message" : r.message().strip().lines().findFirst().orElse("");
        return line.length() <= REASON_CHARS ? line : line.substring(0, REASON_CHARS - 1) + "…";
    }
}
