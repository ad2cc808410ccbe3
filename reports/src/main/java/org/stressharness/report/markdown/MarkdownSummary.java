package org.stressharness.report.markdown;

import org.stressharness.report.attention.NeedsAttention;
import org.stressharness.results.suite.ReproduceCommandLine;
import org.stressharness.results.model.Host;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.report.pairs.IdiomPairs;
import org.stressharness.report.text.Figures;
import org.stressharness.results.model.VerdictLabel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A short Markdown summary of a run, sized for a GitHub Actions job summary (which caps a step at 1 MiB):
 * the host, the counts, and the results that need attention with their reproduce commands, at most
 * {@value #MAX_ROWS} of them; the HTML report has the rest.
 */
public final class MarkdownSummary {

    static final int MAX_ROWS = 40;
    /** Configurations where every guard held that the summary lists before it counts the rest. */
    static final int MAX_WHERE_HELD = 12;
    private static final int MAX_CELL = 200;

    private final String runDir;
    private Run baseline;

    public MarkdownSummary() {
        this(null);
    }

    /** @param runDir the run directory as reproduce commands should name it; null for {@code reports/out/<run-id>} */
    public MarkdownSummary(String runDir) {
        this.runDir = runDir;
    }

    /** Compares with {@code previous} (the same job's run before) in the section read first; null: none. */
    public MarkdownSummary withBaseline(Run previous) {
        this.baseline = previous;
        return this;
    }

    public String render(Run run) {
        List<TestResult> results = run.results() == null ? List.of() : run.results();
        StringBuilder md = new StringBuilder(8192);
        md.append("## stress-harness run `").append(code(run.id())).append("`\n\n");
        Host host = run.host();
        md.append("Profile **").append(cell(run.profile())).append("**");
        if (host != null) {
            md.append(" on ").append(cell(host.arch())).append(", ").append(cell(host.cpuModel())).append(", ")
                    .append(host.cores()).append(" cores, ").append(cell(host.jvmVendor())).append(' ')
                    .append(cell(host.jvmVersion())).append(", GC ").append(cell(host.gc()));
        }
        md.append(run.complete() ? "" : " — **partial run**").append("\n\n");
        attention(md, NeedsAttention.of(run, runDir != null ? runDir : ReproduceCommandLine.defaultRunDir(run.id()),
                baseline));
        List<TestResult> notRun = results.stream().filter(TestResult::wasNotRun).toList();
        if (!notRun.isEmpty()) {
            md.append("**").append(notRun.size()).append(" planned test").append(notRun.size() == 1 ? "" : "s")
                    .append(" NOT RUN** (").append(cell(notRun.get(0).notRunReason()))
                    .append("): ").append(notRun.stream().limit(MAX_ROWS)
                            .map(r -> "`" + code(VerdictLabel.shortName(r.name())) + "`")
                            .collect(Collectors.joining(", ")))
                    .append(notRun.size() > MAX_ROWS ? ", …" : "").append(". This run does not vouch for them.\n\n");
        }
        Map<Status, Integer> counts = run.countByStatus();
        md.append("| passed | not observed | interesting | failed | error |\n|---:|---:|---:|---:|---:|\n| ")
                .append(counts.get(Status.PASSED)).append(" | ").append(counts.get(Status.NOT_OBSERVED)).append(" | ")
                .append(counts.get(Status.INTERESTING)).append(" | ").append(counts.get(Status.FAILED)).append(" | ")
                .append(counts.get(Status.ERROR)).append(" |\n\n");
        int notObserved = counts.get(Status.NOT_OBSERVED);
        if (notObserved > 0) {
            md.append(notObserved).append(notObserved == 1 ? " test was" : " tests were")
                    .append(" NOT OBSERVED: a demonstration whose unsafe idiom did not break here, or a documented ")
                    .append("finding that did not show. No evidence either way, neither a failure nor a pass.\n\n");
        }
        pairs(md, IdiomPairs.of(run));
        List<TestResult> notable = results.stream().filter(r -> VerdictLabel.statusOf(r).compareTo(Status.INTERESTING)
                        >= 0 && !r.wasNotRun())
                .sorted(Comparator.comparingInt((TestResult r) -> order(VerdictLabel.statusOf(r)))
                        .thenComparing(TestResult::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        if (notable.isEmpty()) {
            md.append("Every test passed.\n");
            return md.toString();
        }
        String dir = runDir != null ? runDir : ReproduceCommandLine.defaultRunDir(run.id());
        md.append("| status | source | test | what | reproduce |\n|---|---|---|---|---|\n");
        for (TestResult r : notable.subList(0, Math.min(MAX_ROWS, notable.size()))) {
            md.append("| ").append(VerdictLabel.of(r)).append(" | ").append(r.source()).append(" | `")
                    .append(code(r.name()))
                    .append("` | ").append(cell(r.message())).append(" | `").append(code(ReproduceCommandLine.of(r,
                            dir)))
                    .append("` |\n");
        }
        if (notable.size() > MAX_ROWS) {
            md.append("\n… and ").append(notable.size() - MAX_ROWS)
                    .append(" more; see `index.html` in the run directory.\n");
        }
        return md.toString();
    }

    /** First: every FAILED and ERROR result with its reason and reproduce command, then what is new. */
    private static void attention(StringBuilder md, NeedsAttention a) {
        if (a.nothing()) {
            md.append("**Nothing needs attention**: no test FAILED or gave no verdict.\n\n");
        } else {
            md.append("### Needs attention (").append(a.items().size()).append(")\n\n");
            for (NeedsAttention.Item i : a.items().subList(0, Math.min(MAX_ROWS, a.items().size()))) {
                md.append("- **").append(VerdictLabel.of(i.result())).append("** `").append(code(i.result().name()))
                        .append("`: ").append(cell(i.reason())).append("  \n  `").append(code(i.reproduce()))
                        .append("`\n");
            }
            if (a.items().size() > MAX_ROWS) {
                md.append("- … and ").append(a.items().size() - MAX_ROWS).append(" more in `index.html`\n");
            }
            md.append("\n");
        }
        if (a.baseline() != null) {
            md.append("**New since `").append(code(a.baseline().id())).append("`**: ");
            if (a.news().isEmpty()) {
                md.append("no new failure, no newly observed interesting outcome, no other verdict change.\n\n");
            } else {
                md.append("\n\n");
                a.news().forEach(f -> md.append("- ").append(f.kind().title()).append(": `").append(code(f.test()))
                        .append("` ").append(cell(f.detail())).append("\n"));
                md.append("\n");
            }
        }
    }

    /** The idiom view first: each demonstration beside its guards. */
    private static void pairs(StringBuilder md, List<IdiomPairs.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // Broken pairs first; a row that holds says so in three words, one that does not says why.
        md.append("| unsafe idiom | broke | guards (✓ passed, ✗ broke or no verdict) | verdict |\n")
                .append("|---|---:|---|---|\n");
        for (IdiomPairs.Row row : rows) {
            String name = row.demonstration().name();
            md.append("| `").append(code(VerdictLabel.shortName(name))).append("` | ")
                    .append(row.broke() > 0 ? Figures.percent((double) row.broke() / row.samples()) + " of "
                            + Figures.count(row.samples()) : VerdictLabel.NOT_OBSERVED + " in "
                            + Figures.count(row.samples()))
                    .append(" | ").append(row.guards().stream().map(g -> (g.held() ? "✓ `" : "✗ `")
                            + code(IdiomPairs.guardName(row, g.guard())) + "`").collect(Collectors.joining(" ")))
                    .append(" | ").append(row.needsAction() ? "**" + row.verdict() + "**" : row.verdict())
                    .append(row.rank() == IdiomPairs.HELD_RANK ? "" : ": " + cell(row.proves())).append(" |\n");
        }
        md.append('\n');
        whereItBroke(md, rows);
    }

    /** Per configuration in which a demonstration broke: its forks there and what its guards ran there. */
    private static void whereItBroke(StringBuilder md, List<IdiomPairs.Row> rows) {
        if (rows.stream().allMatch(r -> r.whereItBroke().isEmpty())) {
            return;
        }
        // The configurations where a guard showed no power come first, every one; those where every guard held are
        // many in a nightly run (a program race breaks in every configuration), so beyond a few they are counted.
        List<Map.Entry<IdiomPairs.Row, IdiomPairs.WhereItBroke>> all = new ArrayList<>();
        rows.forEach(r -> r.whereItBroke().forEach(w -> all.add(Map.entry(r, w))));
        all.sort(Comparator.comparing(e -> e.getKey().heldIn(e.getValue())));
        long shown = Math.max(all.stream().filter(e -> !e.getKey().heldIn(e.getValue())).count(),
                Math.min(all.size(), MAX_WHERE_HELD));
        md.append("Where each unsafe idiom broke, and what its guards ran there (power: the chance the guards' forks ")
                .append("would have shown a break at the demonstration's per-fork rate there; then at that rate's ")
                .append("95% lower bound):\n\n")
                .append("| unsafe idiom | configuration | broke in forks | guard forks there (fewest) | ")
                .append("guard samples there (fewest) | power | what it shows |\n|---|---|---:|---:|---:|---|---|\n");
        for (Map.Entry<IdiomPairs.Row, IdiomPairs.WhereItBroke> e : all.subList(0, (int) shown)) {
            IdiomPairs.Row row = e.getKey();
            IdiomPairs.WhereItBroke w = e.getValue();
            int fewest = w.guards().stream().mapToInt(IdiomPairs.GuardThere::forks).min().orElse(0);
            long fewestSamples = w.guards().stream().mapToLong(IdiomPairs.GuardThere::samples).min().orElse(0);
            md.append("| `").append(code(VerdictLabel.shortName(row.demonstration().name()))).append("` | ")
                    .append(cell(IdiomPairs.shortFamily(w.family()))).append(" | ").append(w.broke()).append(" of ")
                    .append(w.forks()).append(" | ").append(fewest).append(" | ")
                    .append(Figures.count(fewestSamples)).append(" | ").append(Figures.percent(w.power()))
                    .append(" (").append(Figures.percent(w.powerAtLowerBound())).append(") | ")
                    .append(row.verdictIn(w)).append(" |\n");
        }
        if (all.size() > shown) {
            md.append("\n… and ").append(all.size() - shown)
                    .append(" more configurations where every guard held under it; see `index.html`.\n");
        }
        md.append('\n');
    }

    private static int order(Status s) {
        return s == Status.FAILED ? 0 : s == Status.ERROR ? 1 : 2;
    }

    /** Text in a table cell: one line, no pipes, no raw HTML (GitHub renders tags in Markdown). */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String one = text.replace("\r", "").replace('\n', ' ');
        if (one.length() > MAX_CELL) {
            one = one.substring(0, MAX_CELL) + "…";
        }
        return one.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("[", "\\[");
    }

    /** Text inside a code span in a table cell: backticks cannot be escaped there, so they become quotes. */
    static String code(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('`', '\'').replace("|", "\\|");
    }
}
