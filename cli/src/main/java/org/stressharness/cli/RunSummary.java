package org.stressharness.cli;

import org.stressharness.report.ReportWriter;
import org.stressharness.report.attention.NeedsAttention;
import org.stressharness.report.pairs.IdiomPairs;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.model.VerdictLabel;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The one-screen summary printed at the end of a run. */
record RunSummary(Run run, Path dir, Run baseline) {

    private static final int MAX_LINES = 15;

    void print(PrintStream out) {
        var counts = run.countByStatus();
        Duration took = Duration.between(Instant.parse(run.startedAt()), Instant.parse(run.finishedAt()));
        out.println();
        int notObserved = counts.get(Status.NOT_OBSERVED);
        out.printf("Run %s %s in %s: %d passed%s, %d interesting, %d failed, %d error%n", run.id(),
                run.complete() ? "finished" : "INCOMPLETE", DurationOption.format(took),
                counts.get(Status.PASSED), notObserved == 0 ? ""
                        : ", " + notObserved + " not observed (no evidence either way)",
                counts.get(Status.INTERESTING), counts.get(Status.FAILED), counts.get(Status.ERROR));
        // The idiom pairs in one line, broken first: the matrix itself is the report's.
        List<IdiomPairs.Row> pairs = IdiomPairs.of(run);
        if (!pairs.isEmpty()) {
            Map<String, Long> byVerdict = pairs.stream().collect(Collectors.groupingBy(IdiomPairs.Row::verdict,
                    LinkedHashMap::new, Collectors.counting()));
            out.println("Idiom pairs: " + byVerdict.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ")));
        }
        List<TestResult> notRun = run.results().stream().filter(TestResult::wasNotRun).toList();
        if (!notRun.isEmpty()) {
            // First: a run that did not test what it planned must not read as a clean night (exit 3).
            out.printf("  NOT RUN     %d planned test%s (%s): %s%n", notRun.size(), notRun.size() == 1 ? "" : "s",
                    notRun.get(0).notRunReason(),
                    notRun.stream().limit(5).map(r -> VerdictLabel.shortName(r.name()))
                            .collect(Collectors.joining(", ")) + (notRun.size() > 5 ? ", ..." : ""));
        }
        NeedsAttention attention = NeedsAttention.of(run, dir.toString(), baseline);
        // NOT RUN is summed up in its line above; the rest one by one, with the command that reproduces it.
        List<NeedsAttention.Item> act = attention.items().stream().filter(i -> !i.result().wasNotRun()).toList();
        if (!act.isEmpty()) {
            out.println("Needs attention:");
        }
        act.stream().limit(MAX_LINES).forEach(i -> out.printf("  %-11s %-9s %s — %s%n      %s%n",
                VerdictLabel.of(i.result()), i.result().source().name().toLowerCase(), i.result().name(),
                oneLine(i.reason()), i.reproduce()));
        if (act.size() > MAX_LINES) {
            out.printf("  ... and %d more in the report%n", act.size() - MAX_LINES);
        }
        List<TestResult> interesting = run.results().stream().filter(r -> r.status() == Status.INTERESTING)
                .sorted(Comparator.comparing(TestResult::name)).toList();
        interesting.stream().limit(MAX_LINES).forEach(r -> out.printf("  %-11s %-9s %s%s%n", r.status(),
                r.source().name().toLowerCase(), r.name(), r.message() == null ? "" : " — " + oneLine(r.message())));
        if (interesting.size() > MAX_LINES) {
            out.printf("  ... and %d more interesting in the report%n", interesting.size() - MAX_LINES);
        }
        if (baseline != null) {
            out.println(attention.news().isEmpty() ? "Nothing new since " + baseline.id()
                    : "New since " + baseline.id() + ":");
            attention.news().stream().limit(MAX_LINES).forEach(f -> out.printf("  %s: %s %s%n", f.kind().title(),
                    f.test(), oneLine(f.detail())));
        }
        out.println("Report: " + dir.resolve(ReportWriter.HTML));
        out.println("        " + dir.resolve(ReportWriter.MARKDOWN));
        out.println("        " + dir.resolve("run.json"));
    }

    private static String oneLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
