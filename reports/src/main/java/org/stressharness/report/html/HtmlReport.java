package org.stressharness.report.html;

import org.stressharness.report.attention.NeedsAttention;
import org.stressharness.results.suite.ReproduceCommandLine;
import org.stressharness.results.model.ClassFootprint;
import org.stressharness.results.model.ConfigurationEvidence;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.FirstObservation;
import org.stressharness.results.model.Host;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.LincheckDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.ScenarioDetail;
import org.stressharness.results.model.ScenarioMetrics;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.report.pairs.IdiomPairs;
import org.stressharness.report.stats.NotObserved;
import org.stressharness.results.model.VerdictLabel;
import org.stressharness.report.text.Figures;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders a run as one self-contained HTML page (inline style and script, nothing loaded from elsewhere):
 * run header, status counts, a filter box, then one collapsible section per suite with the results that need
 * attention first. Everything that comes from test output or test code goes through {@link Html#escape}.
 */
public final class HtmlReport {

    /**
     * Beyond this many FAILED/ERROR/INTERESTING results they start collapsed too, to keep a huge page quick to open.
     */
    private static final int MAX_OPEN = 50;

    /** The scenario table's columns: metric key and a short heading (the key itself is the tooltip). */
    private static final Map<String, String> SCENARIO_COLUMNS = columns(
            ScenarioMetrics.ELEMENTS_AT_OOM, "OOM at (elements)", ScenarioMetrics.BYTES_PER_ELEMENT, "B/element",
            ScenarioMetrics.PEAK_HEAP_BYTES, "peak heap", ScenarioMetrics.ALERT_ELEMENTS, "alert at (elements)",
            ScenarioMetrics.ALERT_HEADROOM_ELEMENTS, "headroom (elements)", ScenarioMetrics.GC_TIME_MS, "GC time",
            ScenarioMetrics.LONGEST_PAUSE_MS, "longest pause", ScenarioMetrics.PREDICTION_ERROR_PCT,
            "prediction error");

    private static Map<String, String> columns(String... keyAndHeading) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyAndHeading.length; i += 2) {
            m.put(keyAndHeading[i], keyAndHeading[i + 1]);
        }
        return m;
    }

    private static final Pattern URL_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern NOT_ANCHOR_SAFE = Pattern.compile("[^A-Za-z0-9_.-]");

    private final String runDir;
    private final String linkPrefix;
    private Run baseline;

    /** A report for a run kept at {@code reports/out/<run-id>}, written into that directory. */
    public HtmlReport() {
        this(null, "");
    }

    /**
     * @param runDir     the run directory as reproduce commands should name it; null for {@code reports/out/<run-id>}
     * @param linkPrefix prepended to paths relative to the run directory (jcstress pages) when the page is
     *                   written elsewhere; empty when it is written into the run directory
     */
    public HtmlReport(String runDir, String linkPrefix) {
        this.runDir = runDir;
        this.linkPrefix = linkPrefix == null ? "" : linkPrefix;
    }

    /** Compares with {@code previous} (the same job's run before) in the block read first; null: no comparison. */
    public HtmlReport withBaseline(Run previous) {
        this.baseline = previous;
        return this;
    }

    public String render(Run run) {
        List<TestResult> results = run.results() == null ? List.of() : run.results();
        StringBuilder h = new StringBuilder(4096 + results.size() * 1200);
        HtmlPage.open(h, "stress-harness run " + run.id());
        attention(h, run, NeedsAttention.of(run, runDir != null ? runDir : ReproduceCommandLine.defaultRunDir(run.id()),
                baseline));
        summary(h, run);
        notRun(h, results);
        h.append("<details class=\"host\"><summary>Host, JDK, profile and command</summary>\n");
        header(h, run);
        h.append("</details>\n");
        pairs(h, IdiomPairs.of(run));
        HtmlPage.toolbar(h, true);
        String dir = runDir != null ? runDir : ReproduceCommandLine.defaultRunDir(run.id());
        long attention = results.stream().filter(r -> VerdictLabel.statusOf(r).compareTo(Status.INTERESTING) >= 0)
                .count();
        boolean openAttention = attention <= MAX_OPEN;
        for (Source source : Source.values()) {
            List<TestResult> mine = results.stream().filter(r -> r.source() == source)
                    .sorted(Comparator.comparingInt((TestResult r) -> rank(VerdictLabel.statusOf(r)))
                            .thenComparing(TestResult::name, Comparator.nullsLast(Comparator.naturalOrder())))
                    .collect(Collectors.toList());
            if (mine.isEmpty()) {
                continue;
            }
            h.append("<details class=\"sec\" open id=\"").append(source.name().toLowerCase(Locale.ROOT))
                    .append("\"><summary><h2>").append(title(source)).append("</h2> ");
            counts(h, mine);
            h.append("</summary>\n");
            if (source == Source.SCENARIO) {
                scenarioTable(h, mine);
            }
            for (TestResult r : mine) {
                result(h, r, dir, openAttention);
            }
            h.append("</details>\n");
        }
        List<TestResult> unsourced = results.stream().filter(r -> r.source() == null).toList();
        for (TestResult r : unsourced) {
            result(h, r, dir, openAttention);
        }
        h.append("<p class=\"note\">“Not observed” bounds are over forks, not samples: samples inside one jcstress ")
                .append("fork share its compilation and CPU placement and are not independent. With F forks and none ")
                .append("showing an outcome, with 95% confidence fewer than 1 − 0.05<sup>1/F</sup> of forks run in "
                        + "the ")
                .append("same configurations would show it; nothing is claimed for configurations not run.</p>\n");
        HtmlPage.close(h);
        return h.toString();
    }

    /**
     * The first screen: every FAILED and ERROR result with its reason and reproduce command, then what is new
     * against the baseline; one line saying so when nothing needs attention.
     */
    private static void attention(StringBuilder h, Run run, NeedsAttention a) {
        h.append("<section id=\"attention\" class=\"attention").append(a.nothing() ? " clear" : "").append("\">");
        if (a.nothing()) {
            h.append("<h2>Nothing needs attention</h2> <span class=\"note\">no test FAILED or gave no verdict")
                    .append(run.complete() ? "" : "; the run is partial").append("</span>");
        } else {
            h.append("<h2>Needs attention (").append(a.items().size()).append(")</h2><ul>");
            for (NeedsAttention.Item i : a.items()) {
                String label = VerdictLabel.of(i.result());
                h.append("<li><span class=\"st ").append(i.result().status()).append("\">").append(Html.escape(label))
                        .append("</span> <a href=\"#").append(Html.escape(anchor(i.result()))).append("\"><code>")
                        .append(Html.escape(i.result().name())).append("</code></a> — ").append(Html.escape(i.reason()))
                        .append("<br><code class=\"repro\">").append(Html.escape(i.reproduce())).append("</code></li>");
            }
            h.append("</ul>");
        }
        if (a.baseline() != null) {
            h.append("<p><b>New since ").append(Html.escape(a.baseline().id())).append("</b>: ");
            if (a.news().isEmpty()) {
                h.append("no new failure, no newly observed interesting outcome, no other verdict change.</p>");
            } else {
                h.append("</p><ul>");
                a.news().forEach(f -> h.append("<li>").append(Html.escape(f.kind().title())).append(": <code>")
                        .append(Html.escape(f.test())).append("</code> ").append(Html.escape(f.detail()))
                        .append("</li>"));
                h.append("</ul>");
            }
        }
        h.append("</section>\n");
    }

    /** Before anything else: the planned tests this run never started, which it cannot vouch for. */
    private static void notRun(StringBuilder h, List<TestResult> results) {
        List<TestResult> notRun = results.stream().filter(TestResult::wasNotRun).toList();
        if (notRun.isEmpty()) {
            return;
        }
        h.append("<p class=\"note\"><span class=\"st ERROR\">").append(notRun.size()).append(" planned test")
                .append(notRun.size() == 1 ? "" : "s").append(" NOT RUN</span> (")
                .append(Html.escape(notRun.get(0).notRunReason()))
                .append("); this run does not vouch for them: ")
                .append(notRun.stream().map(r -> "<code>" + Html.escape(VerdictLabel.shortName(r.name())) + "</code>")
                        .collect(Collectors.joining(", "))).append("</p>\n");
    }

    /** Failing first, then errors, then interesting, then not observed, then passed. */
    static int rank(Status s) {
        if (s == null) {
            return 1;
        }
        return switch (s) {
            case FAILED -> 0;
            case ERROR -> 1;
            case INTERESTING -> 2;
            case NOT_OBSERVED -> 3;
            case PASSED -> 4;
        };
    }

    /** A status as the page words it: {@code not observed} rather than the constant's underscore. */
    private static String label(Status s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String title(Source source) {
        return switch (source) {
            case JCSTRESS -> "jcstress";
            case LINCHECK -> "Lincheck";
            case SCENARIO -> "Memory scenarios";
        };
    }

    private static void header(StringBuilder h, Run run) {
        Host host = run.host();
        h.append("<table class=\"kv\">");
        if (host != null) {
            row(h, "arch", host.arch());
            row(h, "CPU", host.cpuModel() + " · " + host.cores() + " cores · " + Figures.bytes(host.memoryBytes()));
            row(h, "OS", host.os() + (host.container() ? " (container)" : ""));
            row(h, "JVM", host.jvmVendor() + " " + host.jvmVersion());
            row(h, "GC", host.gc());
        }
        row(h, "profile", run.profile());
        row(h, "started", run.startedAt());
        row(h, "duration", duration(run.startedAt(), run.finishedAt()));
        h.append("<tr><th>complete</th><td>").append(run.complete() ? "yes"
                : "<span class=\"st ERROR\">NO — partial run</span>").append("</td></tr>");
        if (run.command() != null && !run.command().isEmpty()) {
            h.append("<tr><th>command</th><td><code>").append(Html.escape(String.join(" ", run.command())))
                    .append("</code></td></tr>");
        }
        h.append("</table>\n");
    }

    static String duration(String startedAt, String finishedAt) {
        if (startedAt == null || finishedAt == null) {
            return "unknown";
        }
        try {
            return Figures.duration(Duration.between(Instant.parse(startedAt), Instant.parse(finishedAt)).toMillis());
        } catch (DateTimeParseException e) {
            return "unknown";
        }
    }

    private static void summary(StringBuilder h, Run run) {
        Map<Status, Integer> counts = run.results() == null ? Map.of() : run.countByStatus();
        h.append("<p class=\"summary\">");
        for (Status s : new Status[]{Status.PASSED, Status.NOT_OBSERVED, Status.INTERESTING, Status.FAILED,
                Status.ERROR}) {
            h.append("<span class=\"st ").append(s).append("\">").append(label(s))
                    .append(": ").append(counts.getOrDefault(s, 0)).append("</span> ");
        }
        h.append(" of ").append(run.results() == null ? 0 : run.results().size()).append(" results</p>\n");
    }

    /**
     * The idiom matrix: one row per unsafe idiom, broken pairs first, its rate, a ✓ or ✗ per guard (its evidence on
     * hover) and the row's verdict, with what it rests on one click away; the configurations under it.
     */
    private static void pairs(StringBuilder h, List<IdiomPairs.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        h.append("<h2>Unsafe idioms and their guards</h2>\n<p class=\"note\">✓ the guard passed, ✗ it broke or ")
                .append("gave no verdict (hover for its evidence). A guard held under the race only where it ran what ")
                .append("broke its twin: the table below the matrix.</p>\n<table class=\"pairs matrix\"><tr>")
                .append("<th>unsafe idiom (demonstration)</th><th>broke</th><th>safe twins (guards)</th>")
                .append("<th>verdict</th></tr>");
        for (IdiomPairs.Row row : rows) {
            boolean act = row.needsAction();
            h.append("<tr").append(act ? " class=\"broken\"" : "").append("><td><a href=\"#")
                    .append(Html.escape(anchor(row.demonstration()))).append("\"><code>")
                    .append(Html.escape(VerdictLabel.shortName(row.demonstration().name()))).append("</code></a></td>")
                    .append(row.broke() > 0
                            ? "<td class=\"n\" title=\"" + Figures.count(row.broke()) + " of "
                            + Figures.count(row.samples()) + " samples\">"
                            + Figures.percent((double) row.broke() / row.samples())
                            : "<td class=\"n\" title=\"not observed in " + Figures.count(row.samples())
                            + " samples\"><span class=\"st NOT_OBSERVED\">" + VerdictLabel.NOT_OBSERVED + "</span>")
                    .append("</td><td>");
            for (IdiomPairs.GuardHeld g : row.guards()) {
                h.append("<a class=\"g ").append(g.held() ? "ok" : "no").append("\" href=\"#")
                        .append(Html.escape(anchor(g.guard()))).append("\" title=\"").append(Html.escape(g.evidence()))
                        .append("\">").append(g.held() ? "✓ " : "✗ ")
                        .append(Html.escape(IdiomPairs.guardName(row, g.guard()))).append("</a> ");
            }
            h.append("</td><td><details><summary>").append(act ? "<span class=\"st FAILED\">" : "<span>")
                    .append(Html.escape(row.verdict())).append("</span></summary>").append(Html.escape(row.proves()))
                    .append("</details></td></tr>\n");
        }
        h.append("</table>\n");
        whereItBroke(h, rows);
    }

    /** Per configuration in which a demonstration broke: its forks there and what each guard ran there. */
    private static void whereItBroke(StringBuilder h, List<IdiomPairs.Row> rows) {
        if (rows.stream().allMatch(r -> r.whereItBroke().isEmpty())) {
            return;
        }
        boolean allHeld = rows.stream().allMatch(r -> r.whereItBroke().stream()
                .allMatch(r::heldIn));
        h.append("<details").append(allHeld ? "" : " open").append("><summary>Where each unsafe idiom broke, and what ")
                .append("its guards ran there").append(allHeld ? " (every guard held under it everywhere)"
                        : ": <span class=\"st ERROR\">somewhere no power shown</span>").append("</summary>\n");
        h.append("<p class=\"note\">Power: the chance ")
                .append("the guard's forks there would have shown a break at the demonstration's per-fork rate there ")
                .append("(then at that rate's one-sided 95% lower bound). A guard held under the race only where it ")
                .append("ran at least as many forks as the demonstration needed there per break.</p>\n")
                .append("<table class=\"pairs\"><tr>")
                .append("<th>unsafe idiom</th><th>configuration (stress seed aside)</th><th>broke in forks</th>")
                .append("<th>guard: forks, samples there</th><th>power</th><th>what it shows</th></tr>");
        for (IdiomPairs.Row row : rows) {
            for (IdiomPairs.WhereItBroke w : row.whereItBroke()) {
                h.append("<tr><td><code>").append(Html.escape(VerdictLabel.shortName(row.demonstration().name())))
                        .append("</code></td><td><code>").append(Html.escape(IdiomPairs.shortFamily(w.family())))
                        .append("</code></td><td class=\"n\">").append(w.broke()).append(" of ").append(w.forks())
                        .append("</td><td>");
                for (IdiomPairs.GuardThere g : w.guards()) {
                    h.append("<div><code>").append(Html.escape(VerdictLabel.shortName(g.guard()))).append("</code> ")
                            .append(g.forks()).append(g.forks() == 1 ? " fork, " : " forks, ")
                            .append(Figures.count(g.samples())).append(" samples</div>");
                }
                h.append("</td><td class=\"n\">").append(Figures.percent(w.power())).append(" (")
                        .append(Figures.percent(w.powerAtLowerBound())).append(")</td><td>")
                        .append(row.heldIn(w) ? IdiomPairs.HELD
                                : "<span class=\"st ERROR\">" + Html.escape(row.verdictIn(w)) + "</span>")
                        .append("</td></tr>\n");
            }
        }
        h.append("</table></details>\n");
    }

    private static void counts(StringBuilder h, List<TestResult> results) {
        Map<Status, Long> by = results.stream()
                .collect(Collectors.groupingBy(VerdictLabel::statusOf, Collectors.counting()));
        h.append("<span class=\"note\">").append(results.size()).append(" tests");
        for (Status s : new Status[]{Status.FAILED, Status.ERROR, Status.INTERESTING, Status.NOT_OBSERVED}) {
            if (by.containsKey(s)) {
                h.append(" · <span class=\"st ").append(s).append("\">").append(by.get(s)).append(' ')
                        .append(label(s)).append("</span>");
            }
        }
        h.append("</span>");
    }

    private void result(StringBuilder h, TestResult r, String dir, boolean openAttention) {
        Status st = VerdictLabel.statusOf(r);
        boolean open = openAttention && st != Status.PASSED;
        h.append("<details class=\"result\" id=\"").append(Html.escape(anchor(r))).append("\" data-status=\"")
                .append(st).append("\" data-key=\"").append(Html.escape(key(r, st))).append('"')
                .append(open ? " open" : "").append("><summary><span class=\"st ").append(st).append("\">")
                .append(VerdictLabel.of(r)).append("</span> <b>").append(Html.escape(r.name())).append("</b>");
        if (r.message() != null) {
            h.append(" <span class=\"msg\">— ").append(Html.escape(firstLine(r.message()))).append("</span>");
        }
        h.append(" <span class=\"dur\">").append(Figures.duration(r.durationMs())).append("</span></summary>\n");
        if (r.description() != null) {
            h.append("<p>").append(Html.escape(r.description())).append("</p>\n");
        }
        if (r.message() != null && r.message().contains("\n")) {
            h.append("<pre>").append(Html.escape(r.message())).append("</pre>\n");
        }
        if (r.jcstress() != null) {
            jcstress(h, r.jcstress());
        }
        if (r.lincheck() != null) {
            lincheck(h, r.lincheck());
        }
        if (r.scenario() != null) {
            scenario(h, r.name(), r.scenario());
        }
        if (r.output() != null && !r.output().isBlank()) {
            h.append("<details><summary>output</summary><pre>").append(Html.escape(r.output()))
                    .append("</pre></details>\n");
        }
        if (st != Status.PASSED) {
            h.append("<p class=\"repro\">Reproduce: <code>").append(Html.escape(ReproduceCommandLine.of(r, dir)))
                    .append("</code>");
            String direct = ReproduceCommandLine.direct(r);
            if (direct != null) {
                h.append("<br><span class=\"note\">or run the suite directly:</span> <code>")
                        .append(Html.escape(direct))
                        .append("</code>");
            }
            h.append("</p>\n");
        }
        h.append("</details>\n");
    }

    private void jcstress(StringBuilder h, JcstressDetail d) {
        List<OutcomeCount> outcomes = d.outcomes() == null ? List.of() : d.outcomes();
        boolean dated = d.firstObserved() != null && !d.firstObserved().isEmpty();
        h.append("<table><tr><th>outcome</th><th>count</th><th>frequency</th>")
                .append(dated ? "<th title=\"the first fork, in the order the forks finished, that held it, and the "
                        + "time from the test's start to that fork's end\">first seen</th>" : "")
                .append("<th>grade</th><th>description</th></tr>");
        for (OutcomeCount o : outcomes) {
            Expectation grade = o.expect() == null ? Expectation.UNKNOWN : o.expect();
            h.append("<tr").append(o.count() > 0 ? " class=\"seen-" + grade + "\"" : "").append("><td><code>")
                    .append(Html.escape(o.outcome())).append("</code></td><td class=\"n\">")
                            .append(Figures.count(o.count()))
                    .append("</td>");
            if (o.count() > 0 || !notable(grade)) {
                h.append("<td class=\"n\">").append(d.samples() > 0 ? Figures.percent((double) o.count() / d.samples())
                        : "—").append("</td>");
            } else {
                h.append("<td class=\"never\">").append(Html.escape(NotObserved.describe(d))).append("</td>");
            }
            if (dated) {
                FirstObservation first = d.firstObservation(o.outcome());
                h.append("<td class=\"n\">").append(first == null ? "" : "fork " + first.fork() + " of " + d.forks()
                        + ", " + Figures.duration(first.afterMs())).append("</td>");
            }
            h.append("<td>").append(grade).append("</td><td>").append(Html.escape(o.description()))
                    .append("</td></tr>");
        }
        h.append("</table>\n<p class=\"note\">").append(Figures.count(d.samples())).append(" samples");
        if (d.configurations() != null && !d.configurations().isEmpty()) {
            h.append(" over ").append(d.configurations().size()).append(" JVM configurations: ");
            for (int i = 0; i < d.configurations().size(); i++) {
                h.append(i == 0 ? "" : ", ").append("<code>").append(Html.escape(d.configurations().get(i)))
                        .append("</code>");
            }
        }
        if (d.htmlReport() != null && !d.htmlReport().isBlank()) {
            h.append(" · <a href=\"").append(Html.escape(href(d.htmlReport()))).append("\">jcstress's own page</a>");
        }
        h.append("</p>\n");
        byConfiguration(h, d);
    }

    /**
     * Where the notable outcomes came from: per JVM configuration its forks, samples and each notable outcome's
     * count and rate, shown when any was seen (a race that shows only with, say, both actors in C2 and the
     * randomizers on must be reproduced there).
     */
    private static void byConfiguration(StringBuilder h, JcstressDetail d) {
        List<ConfigurationEvidence> configs = d.byConfiguration() == null ? List.of() : d.byConfiguration();
        if (configs.stream().allMatch(c -> c.notable() == null || c.notable().isEmpty())) {
            return;
        }
        h.append("<table class=\"configs\"><tr><th>JVM configuration</th><th>forks</th><th>samples</th>")
                .append("<th>notable outcomes here</th></tr>");
        for (ConfigurationEvidence c : configs) {
            h.append("<tr><td><code>").append(Html.escape(c.configuration())).append("</code></td><td class=\"n\">")
                    .append(c.forks()).append("</td><td class=\"n\">").append(Figures.count(c.samples()))
                    .append("</td><td>");
            if (c.notable() == null || c.notable().isEmpty()) {
                h.append("<span class=\"never\">none</span>");
            } else {
                boolean first = true;
                for (var e : new java.util.TreeMap<>(c.notable()).entrySet()) {
                    h.append(first ? "" : ", ").append("<code>").append(Html.escape(e.getKey())).append("</code> ")
                            .append(Figures.count(e.getValue())).append(" (")
                            .append(c.samples() > 0 ? Figures.percent((double) e.getValue() / c.samples()) : "—")
                            .append(')');
                    first = false;
                }
            }
            h.append("</td></tr>");
        }
        h.append("</table>\n");
    }

    /** Forbidden and interesting outcomes are the ones whose absence means something. */
    static boolean notable(Expectation grade) {
        return grade == Expectation.FORBIDDEN || grade == Expectation.ACCEPTABLE_INTERESTING;
    }

    private String href(String relative) {
        String path = relative.replace('\\', '/');
        if (path.startsWith("/") || URL_SCHEME.matcher(path).lookingAt()) {
            return path.startsWith("/") ? path : "#";
        }
        return linkPrefix + path;
    }

    private static void lincheck(StringBuilder h, LincheckDetail d) {
        h.append("<table class=\"kv\">");
        row(h, "strategy", d.strategy());
        row(h, "implementation", d.implementation());
        if (d.options() != null && !d.options().isEmpty()) {
            row(h, "options", d.options().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
        row(h, "expected to fail", d.expectFailure() ? "yes (negative control or documented finding)" : "no");
        if (d.failureKind() != null) {
            row(h, "failure", d.failureKind());
        }
        h.append("</table>\n");
        if (d.failureText() != null && !d.failureText().isBlank()) {
            h.append("<pre class=\"trace\">").append(Html.escape(d.failureText())).append("</pre>\n");
        }
    }

    private static void scenarioTable(StringBuilder h, List<TestResult> scenarios) {
        h.append("<table><tr><th>scenario</th><th>status</th>");
        SCENARIO_COLUMNS.forEach((key, heading) -> h.append("<th title=\"").append(key).append("\">").append(heading)
                .append("</th>"));
        h.append("</tr>");
        for (TestResult r : scenarios) {
            Status st = VerdictLabel.statusOf(r);
            Map<String, Double> m = r.scenario() == null || r.scenario().metrics() == null ? Map.of()
                    : r.scenario().metrics();
            h.append("<tr data-status=\"").append(st).append("\" data-key=\"").append(Html.escape(key(r, st)))
                    .append("\"><td><a href=\"#").append(Html.escape(anchor(r))).append("\">")
                            .append(Html.escape(r.name()))
                    .append("</a></td><td><span class=\"st ").append(st).append("\">").append(st)
                            .append("</span></td>");
            for (String c : SCENARIO_COLUMNS.keySet()) {
                Double v = m.get(c);
                h.append("<td class=\"n\">").append(v == null ? "—" : Html.escape(metric(c, v))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>\n");
    }

    private static void scenario(StringBuilder h, String name, ScenarioDetail d) {
        h.append("<div class=\"scenario\">").append(HeapChart.svg(name, d)).append('\n');
        Map<String, Double> metrics = d.metrics() == null ? Map.of() : d.metrics();
        if (!metrics.isEmpty()) {
            h.append("<table class=\"kv\">");
            metrics.entrySet().stream()
                    .filter(e -> ProcessMemoryTable.row(e.getKey()) == null && !LatencyTable.owns(e.getKey())
                            && !WarningsTable.owns(e.getKey()))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> row(h, e.getKey(), e.getValue() == null ? "" : metric(e.getKey(), e.getValue())));
            h.append("</table>");
        }
        ProcessMemoryTable.render(h, metrics);
        WarningsTable.render(h, metrics);
        LatencyTable.render(h, metrics, d.insertSpikes());
        h.append("</div>\n");
        if (d.topClasses() != null && !d.topClasses().isEmpty()) {
            h.append("<table><tr><th>class (largest at the alert)</th><th>instances</th><th>bytes</th></tr>");
            for (ClassFootprint c : d.topClasses()) {
                h.append("<tr><td><code>").append(Html.escape(c.className())).append("</code></td><td class=\"n\">")
                        .append(Figures.count(c.instances())).append("</td><td class=\"n\">")
                        .append(Figures.bytes(c.bytes())).append("</td></tr>");
            }
            h.append("</table>\n");
        }
        FlightRecordingSection.render(h, d.flightRecording());
        if (d.jvmArgs() != null && !d.jvmArgs().isEmpty()) {
            h.append("<p class=\"note\">JVM: <code>").append(Html.escape(String.join(" ", d.jvmArgs())))
                    .append("</code></p>\n");
        }
    }

    /** Byte metrics read better with units; the raw figure stays in run.json. */
    static String metric(String key, double v) {
        if (key.endsWith("Bytes") || key.equals(ScenarioMetrics.BYTES_COPIED)) {
            return Figures.bytes(v);
        }
        if (key.endsWith("Pct")) {
            return Figures.fixed(v, 1) + "%";
        }
        if (key.endsWith("Ns")) {
            return LatencyTable.nanos(v);
        }
        if (key.endsWith("Ms")) {
            return Figures.number(Math.round(v)) + " ms";
        }
        if (key.equals(ScenarioMetrics.BYTES_PER_ELEMENT) || key.equals(ScenarioMetrics.JOL_BYTES_PER_ELEMENT)) {
            return Figures.fixed(v, 1) + " B";
        }
        return Figures.number(v);
    }

    private static String key(TestResult r, Status st) {
        StringBuilder k = new StringBuilder();
        k.append(r.name()).append(' ').append(st).append(' ').append(r.source());
        if (r.message() != null) {
            k.append(' ').append(firstLine(r.message()));
        }
        if (r.jcstress() != null && r.jcstress().outcomes() != null) {
            for (OutcomeCount o : r.jcstress().outcomes()) {
                if (o.count() > 0) {
                    k.append(' ').append(o.expect());
                }
            }
        }
        return k.toString().toLowerCase(Locale.ROOT);
    }

    static String anchor(TestResult r) {
        return (r.source() == null ? "x" : r.source().name().toLowerCase(Locale.ROOT)) + "-"
                + (r.name() == null ? "" : NOT_ANCHOR_SAFE.matcher(r.name()).replaceAll("_"));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " …";
    }

    private static void row(StringBuilder h, String key, Object value) {
        h.append("<tr><th>").append(Html.escape(key)).append("</th><td>").append(Html.escape(value))
                .append("</td></tr>");
    }
}
