package org.stressharness.report.html;

import org.stressharness.report.compare.RunComparison;
import org.stressharness.report.compare.RunComparison.Cell;
import org.stressharness.report.compare.RunComparison.OutcomeRow;
import org.stressharness.report.compare.RunComparison.TestRow;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.Host;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.model.VerdictLabel;
import org.stressharness.report.stats.FrequencyShift;
import org.stressharness.report.stats.NotObserved;
import org.stressharness.report.text.Figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link RunComparison} as one self-contained page: a column per run, a collapsible block per test,
 * tests that differ first and open. A gap (seen in another run, never in this one) is highlighted with this
 * run's sample count and its rule-of-three bound.
 */
public final class ComparisonPage {

    private static final int MAX_OPEN = 50;

    /** @param problems one line per input that could not be read; shown at the top of the page */
    public String render(RunComparison comparison, List<String> problems) {
        List<Run> runs = comparison.runs();
        StringBuilder h = new StringBuilder(4096 + comparison.tests().size() * 1500);
        HtmlPage.open(h, "stress-harness comparison of " + runs.size() + " runs");
        for (String p : problems) {
            h.append("<p class=\"st ERROR\">not compared: ").append(Html.escape(p)).append("</p>\n");
        }
        runsTable(h, runs);
        long differing = comparison.differingTests();
        h.append("<p class=\"summary\">").append(comparison.tests().size()).append(" tests · <span class=\"st ")
                .append(differing > 0 ? "INTERESTING" : "PASSED").append("\">").append(differing)
                .append(" differ</span> (verdicts differ, a run lacks the test, an outcome is seen in one run ")
                .append("and never in another, or its frequencies are ").append((int) FrequencyShift.FACTOR)
                .append("x or more apart)</p>\n");
        HtmlPage.toolbar(h, false);
        int opened = 0;
        for (TestRow t : comparison.tests()) {
            boolean open = t.differs() && opened++ < MAX_OPEN;
            test(h, runs, t, open);
        }
        h.append("<p class=\"note\">Frequencies are per run: outcome count / that run's samples of the test. ")
                .append("“never” bounds the share of that run's forks (the independent units; samples within a fork ")
                .append("are not) that would show the outcome, at 95%, for the configurations that run used.</p>\n");
        HtmlPage.close(h);
        return h.toString();
    }

    private static void runsTable(StringBuilder h, List<Run> runs) {
        h.append("<table class=\"kv\"><tr><th></th>");
        for (int i = 0; i < runs.size(); i++) {
            h.append("<th>run ").append(i + 1).append("</th>");
        }
        h.append("</tr>");
        runRow(h, runs, "id", r -> r.id());
        runRow(h, runs, "arch", r -> r.host() == null ? "" : r.host().arch());
        runRow(h, runs, "CPU", r -> r.host() == null ? "" : r.host().cpuModel() + " · " + r.host().cores() + " cores");
        runRow(h, runs, "JVM", r -> r.host() == null ? "" : r.host().jvmVendor() + " " + r.host().jvmVersion());
        runRow(h, runs, "GC", r -> r.host() == null ? "" : r.host().gc());
        runRow(h, runs, "profile", Run::profile);
        runRow(h, runs, "started", Run::startedAt);
        runRow(h, runs, "complete", r -> r.complete() ? "yes" : "NO (partial)");
        runRow(h, runs, "results", r -> {
            Map<Status, Integer> c = r.countByStatus();
            return r.results().size() + ": " + c.get(Status.PASSED) + " passed, " + c.get(Status.NOT_OBSERVED)
                    + " not observed, " + c.get(Status.INTERESTING)
                    + " interesting, " + c.get(Status.FAILED) + " failed, " + c.get(Status.ERROR) + " error";
        });
        h.append("</table>\n");
    }

    private static void runRow(StringBuilder h, List<Run> runs, String label, java.util.function.Function<Run,
            String> f) {
        h.append("<tr><th>").append(label).append("</th>");
        for (Run r : runs) {
            h.append("<td>").append(Html.escape(f.apply(r))).append("</td>");
        }
        h.append("</tr>");
    }

    private static void test(StringBuilder h, List<Run> runs, TestRow t, boolean open) {
        StringBuilder key = new StringBuilder().append(t.name()).append(' ').append(t.source());
        for (Status s : RunComparison.statuses(t)) {
            key.append(' ').append(s == null ? "absent" : s);
        }
        if (t.differs()) {
            key.append(" differs");
        }
        if (t.hasGap()) {
            key.append(" gap");
        }
        if (t.hasShift()) {
            key.append(" shift");
        }
        h.append("<details class=\"result\" data-key=\"").append(Html.escape(key.toString().toLowerCase(Locale.ROOT)))
                .append('"').append(open ? " open" : "").append("><summary>");
        if (t.differs()) {
            h.append("<span class=\"st INTERESTING\">differs</span> ");
        }
        h.append("<b>").append(Html.escape(t.name())).append("</b> <span class=\"note\">")
                .append(t.source() == null ? "" : t.source().name().toLowerCase(Locale.ROOT)).append("</span> ");
        for (Status s : RunComparison.statuses(t)) {
            h.append(s == null ? "<span class=\"st\">absent</span> "
                    : "<span class=\"st " + s + "\">" + s + "</span> ");
        }
        headline(h, t);
        h.append("</summary>\n<table><tr><th>outcome</th><th>grade</th>");
        for (int i = 0; i < runs.size(); i++) {
            h.append("<th>run ").append(i + 1).append("<br><span class=\"note\">")
                    .append(Html.escape(label(runs.get(i)))).append("</span></th>");
        }
        h.append("</tr><tr><td>verdict</td><td></td>");
        for (TestResult r : t.perRun()) {
            h.append(r == null ? "<td class=\"never\">not run</td>"
                    : "<td><span class=\"st " + VerdictLabel.statusOf(r) + "\">" + VerdictLabel.of(r) + "</span> "
                    + Html.escape(r.message() == null ? "" : firstLine(r.message())) + "</td>");
        }
        h.append("</tr>");
        for (OutcomeRow o : t.outcomes()) {
            Expectation grade = o.expect() == null ? Expectation.UNKNOWN : o.expect();
            h.append("<tr><td><code>").append(Html.escape(o.outcome())).append("</code>");
            if (o.description() != null) {
                h.append(" <span class=\"note\">").append(Html.escape(o.description())).append("</span>");
            }
            h.append("</td><td>").append(grade).append("</td>");
            boolean shift = o.hasShift();
            for (Cell c : o.cells()) {
                cell(h, c, shift);
            }
            h.append("</tr>");
        }
        for (Map.Entry<String, List<Double>> m : t.metrics().entrySet()) {
            h.append("<tr><td>").append(Html.escape(m.getKey())).append("</td><td></td>");
            for (Double v : m.getValue()) {
                h.append("<td class=\"n\">").append(v == null ? "—" : Html.escape(HtmlReport.metric(m.getKey(), v)))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>\n</details>\n");
    }

    /** The notable outcomes seen anywhere, with each run's frequency, so a collapsed row still tells the story. */
    private static void headline(StringBuilder h, TestRow t) {
        for (OutcomeRow o : t.outcomes()) {
            if (!o.notable() || o.cells().stream().allMatch(c -> c.count() == 0)) {
                continue;
            }
            h.append(" <span class=\"note\"><code>").append(Html.escape(o.outcome())).append("</code> ");
            for (int i = 0; i < o.cells().size(); i++) {
                Cell c = o.cells().get(i);
                h.append(i == 0 ? "" : " | ").append(!c.ran() ? "—" : c.count() == 0 ? "never"
                        : Figures.percent(c.frequency()));
            }
            h.append(o.hasShift() ? " (≥" + (int) FrequencyShift.FACTOR + "x apart)" : "").append("</span>");
        }
    }

    private static void cell(StringBuilder h, Cell c, boolean shift) {
        if (!c.ran()) {
            h.append("<td class=\"never\">not run</td>");
        } else if (c.gap()) {
            h.append("<td class=\"gap\" title=\"seen in another run\">never — ")
                    .append(Html.escape(NotObserved.describe(c.samples(), c.forks(),
                            c.configurations()))).append("</td>");
        } else if (c.count() == 0) {
            h.append("<td class=\"never\">0 of ").append(Figures.count(c.samples())).append("</td>");
        } else {
            h.append(shift ? "<td class=\"n gap\" title=\"frequencies " + (int) FrequencyShift.FACTOR
                    + "x or more apart\">" : "<td class=\"n\">").append(Figures.percent(c.frequency()))
                    .append(" <span class=\"note\">(")
                    .append(Figures.count(c.count())).append(")</span>");
            if (!c.seenIn().isEmpty()) {
                h.append("<br><span class=\"note\">in ").append(c.seenIn().size()).append(" of ")
                        .append(c.configurations()).append(" configurations: ")
                        .append(Html.escape(String.join("; ", c.seenIn()))).append("</span>");
            }
            h.append("</td>");
        }
    }

    static String label(Run r) {
        if (r.host() == null) {
            return r.id();
        }
        String version = r.host().jvmVersion() == null ? "" : r.host().jvmVersion();
        return r.host().arch() + " · JDK " + version;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " …";
    }
}
