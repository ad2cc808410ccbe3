package org.stressharness.report.markdown;

import org.stressharness.report.diff.RunDiff;
import org.stressharness.report.diff.RunDiff.Finding;
import org.stressharness.report.diff.RunDiff.Kind;
import org.stressharness.results.model.Run;

import java.util.List;

/** A {@link RunDiff} as Markdown: one list per kind of change, new failures first; also readable as plain text. */
public final class DiffMarkdown {

    static final int MAX_PER_KIND = 100;

    public String render(RunDiff diff) {
        StringBuilder md = new StringBuilder(4096);
        md.append("## stress-harness diff\n\n- baseline: ").append(describe(diff.baseline())).append("\n- current: ")
                .append(describe(diff.current())).append("\n\n");
        if (diff.findings().isEmpty()) {
            md.append("No changes: same tests, same verdicts, no outcome appeared or vanished.\n");
            return md.toString();
        }
        md.append(diff.hasNewFailures() ? "**" + diff.of(Kind.NEW_FAILURE).size() + " new failure(s).**\n\n"
                : "No new failures.\n\n");
        for (Kind kind : Kind.values()) {
            List<Finding> findings = diff.of(kind);
            if (findings.isEmpty()) {
                continue;
            }
            md.append("### ").append(kind.title()).append(" (").append(findings.size()).append(")\n\n");
            for (Finding f : findings.subList(0, Math.min(MAX_PER_KIND, findings.size()))) {
                md.append("- ").append(f.source()).append(" `").append(MarkdownSummary.code(f.test())).append('`');
                if (f.outcome() != null) {
                    md.append(" `").append(MarkdownSummary.code(f.outcome())).append('`');
                }
                md.append(": ").append(MarkdownSummary.cell(f.detail())).append('\n');
            }
            if (findings.size() > MAX_PER_KIND) {
                md.append("- … and ").append(findings.size() - MAX_PER_KIND).append(" more\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String describe(Run r) {
        StringBuilder s = new StringBuilder("`").append(MarkdownSummary.code(r.id())).append('`');
        if (r.host() != null) {
            s.append(" (").append(MarkdownSummary.cell(r.host().arch())).append(", ")
                    .append(MarkdownSummary.cell(r.host().jvmVendor() + " " + r.host().jvmVersion())).append(')');
        }
        s.append(", profile ").append(MarkdownSummary.cell(r.profile())).append(", ")
                .append(r.results() == null ? 0 : r.results().size()).append(" results")
                .append(r.complete() ? "" : ", partial");
        return s.toString();
    }
}
