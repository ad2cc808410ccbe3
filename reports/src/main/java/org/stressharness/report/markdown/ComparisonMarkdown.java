package org.stressharness.report.markdown;

import org.stressharness.report.compare.RunComparison;
import org.stressharness.report.compare.RunComparison.Cell;
import org.stressharness.report.compare.RunComparison.OutcomeRow;
import org.stressharness.report.compare.RunComparison.TestRow;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;
import org.stressharness.report.stats.FrequencyShift;
import org.stressharness.report.stats.NotObserved;
import org.stressharness.report.text.Figures;

import java.util.List;

/** The tests that differ between compared runs, as Markdown; identical tests are only counted. */
public final class ComparisonMarkdown {

    static final int MAX_TESTS = 40;

    public String render(RunComparison comparison, List<String> problems) {
        List<Run> runs = comparison.runs();
        StringBuilder md = new StringBuilder(8192);
        md.append("## stress-harness comparison of ").append(runs.size()).append(" runs\n\n");
        for (String p : problems) {
            md.append("- **not compared:** ").append(MarkdownSummary.cell(p)).append('\n');
        }
        md.append(problems.isEmpty() ? "" : "\n");
        md.append("| run | id | arch | JVM | profile | results |\n|---|---|---|---|---|---|\n");
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            md.append("| ").append(i + 1).append(" | `").append(MarkdownSummary.code(r.id())).append("` | ")
                    .append(r.host() == null ? "" : MarkdownSummary.cell(r.host().arch())).append(" | ")
                    .append(r.host() == null ? "" : MarkdownSummary.cell(r.host().jvmVendor() + " "
                            + r.host().jvmVersion())).append(" | ").append(MarkdownSummary.cell(r.profile()))
                    .append(" | ").append(r.results().size()).append(r.complete() ? "" : " (partial)").append(" |\n");
        }
        List<TestRow> differing = comparison.tests().stream().filter(TestRow::differs).toList();
        md.append('\n').append(comparison.tests().size()).append(" tests, ").append(differing.size())
                .append(" differ. **never** (N samples): seen in another run, not in N samples of this one; "
                        + "**bold** frequencies: ").append((int) FrequencyShift.FACTOR).append("x or more apart.\n\n");
        int shown = 0;
        for (TestRow t : differing) {
            if (shown++ == MAX_TESTS) {
                md.append("… and ").append(differing.size() - MAX_TESTS).append(" more; see `compare.html`.\n");
                break;
            }
            md.append("### `").append(MarkdownSummary.code(t.name())).append("`\n\n| |");
            for (int i = 0; i < runs.size(); i++) {
                md.append(" run ").append(i + 1).append(" |");
            }
            md.append("\n|---|").append("---|".repeat(runs.size())).append("\n| verdict |");
            for (Status s : RunComparison.statuses(t)) {
                md.append(' ').append(s == null ? "not run" : s).append(" |");
            }
            md.append('\n');
            for (OutcomeRow o : t.outcomes()) {
                md.append("| `").append(MarkdownSummary.code(o.outcome())).append("` ").append(o.expect()).append(" |");
                boolean shift = o.hasShift();
                for (Cell c : o.cells()) {
                    String text = cell(c);
                    md.append(' ').append(shift && c.count() > 0 ? "**" + text + "**" : text).append(" |");
                }
                md.append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String cell(Cell c) {
        if (!c.ran()) {
            return "not run";
        }
        if (c.gap()) {
            return "**never** (" + NotObserved.describe(c.samples(), c.forks(),
                    c.configurations()).replace("not observed in ", "") + ")";
        }
        return c.count() == 0 ? "0 of " + Figures.count(c.samples())
                : Figures.percent(c.frequency()) + " (" + Figures.count(c.count()) + ")" + (c.seenIn().isEmpty() ? ""
                : " in " + c.seenIn().size() + " of " + c.configurations() + " configurations");
    }
}
