package org.stressharness.report.html;

import org.stressharness.report.history.History;
import org.stressharness.report.history.News;
import org.stressharness.report.history.NightCost;
import org.stressharness.report.history.TestTrend;
import org.stressharness.report.stats.NotObserved;
import org.stressharness.report.text.Figures;
import org.stressharness.results.model.Status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The trend page across nights: what is new tonight, then one collapsed section per test with, per job, its
 * verdict strip night by night, each interesting or forbidden outcome's rate over time with its first and last
 * night, and what stands behind every "never seen". Filterable like the run report.
 */
public final class HistoryPage {

    /** Pixels per night in strips and sparklines. */
    private static final int NIGHT_PX = 3;

    public String render(History history, int lastN) {
        List<String> nights = history.nights();
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < nights.size(); i++) {
            column.put(nights.get(i), i);
        }
        StringBuilder h = new StringBuilder(1 << 20);
        HtmlPage.open(h, "Nightly history");
        h.append("<p class=\"summary\">").append(nights.size()).append(" nights (").append(Html.escape(nights.get(0)))
                .append(" to ").append(Html.escape(nights.get(nights.size() - 1))).append("), ")
                .append(history.jobs().size()).append(" jobs (").append(Html.escape(String.join(", ", history.jobs())))
                .append("), ").append(history.tests()).append(" tests, ").append(history.runs().size())
                .append(" runs</p>\n");
        news(h, history.newTonight(lastN), lastN);
        cost(h, history.costs());
        HtmlPage.toolbar(h, true);
        String test = null;
        for (TestTrend t : history.trends()) {
            if (!t.test().equals(test)) {
                if (test != null) {
                    h.append("</table></details>\n");
                }
                test = t.test();
                open(h, test, history.trends().stream().filter(x -> x.test().equals(t.test())).toList());
            }
            row(h, t, column, nights.size());
        }
        if (test != null) {
            h.append("</table></details>\n");
        }
        HtmlPage.close(h);
        return h.toString();
    }

    private static void news(StringBuilder h, List<News> news, int lastN) {
        h.append("<details class=\"sec\" open><summary><h2>New tonight</h2> <span class=\"note\">each job's latest "
                + "night "
                + "against its last ").append(lastN).append(" nights</span></summary>\n");
        if (news.isEmpty()) {
            h.append("<p>").append(News.NOTHING_NEW).append("</p>");
        } else {
            h.append("<table><tr><th>what</th><th>test</th><th>job</th><th>tonight</th></tr>\n");
            for (News n : news) {
                h.append("<tr><td>").append(n.label())
                        .append("</td><td><code>").append(Html.escape(n.test())).append("</code></td><td>")
                        .append(Html.escape(n.job())).append("</td><td>").append(Html.escape(n.what()))
                                .append("</td></tr>\n");
            }
            h.append("</table>");
        }
        h.append("</details>\n");
    }

    private static void cost(StringBuilder h, List<NightCost> costs) {
        double max = costs.stream().mapToLong(NightCost::machineMs).max().orElse(1);
        int width = Math.max(200, costs.size() * NIGHT_PX);
        h.append("<details class=\"sec\"><summary><h2>Cost per night</h2> <span class=\"note\">machine time of all "
                + "runs of the night, latest ").append(costs.isEmpty()
                ? "–" : costs.get(costs.size() - 1).machineTime())
                .append("</span></summary>\n<svg class=\"chart\" width=\"").append(width).append("\" height=\"60\">");
        for (int i = 0; i < costs.size(); i++) {
            NightCost c = costs.get(i);
            double bar = max == 0 ? 0 : 56 * c.machineMs() / max;
            h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" "
                    + "fill=\"#6a8caf\">"
                    + "<title>%s: %d runs, %s</title></rect>", i * NIGHT_PX, 58 - bar, NIGHT_PX - 1, bar,
                    c.night(), c.runs(), c.machineTime()));
        }
        h.append("</svg></details>\n");
    }

    private static void open(StringBuilder h, String test, List<TestTrend> jobs) {
        Status worst = jobs.stream().map(TestTrend::latest).reduce(Status.PASSED, Status::worst);
        boolean flaky = jobs.stream().anyMatch(TestTrend::flaky);
        h.append("<details class=\"result\" data-status=\"").append(worst).append("\" data-key=\"")
                .append(Html.escape((test + " " + worst + (flaky ? " flaky" : "")).toLowerCase(Locale.ROOT)))
                .append("\"><summary><span class=\"st ").append(worst).append("\">").append(worst)
                        .append("</span> <code>")
                .append(Html.escape(test)).append("</code>");
        if (flaky) {
            h.append(" <span class=\"st INTERESTING\">flaky detection</span>");
        }
        h.append("</summary>\n<table><tr><th>job</th><th>nights: verdict, oldest left</th><th>outcomes</th></tr>\n");
    }

    private static void row(StringBuilder h, TestTrend t, Map<String, Integer> column, int nights) {
        h.append("<tr><td>").append(Html.escape(t.job())).append("<br><span class=\"st ").append(t.latest())
                .append("\">").append(t.latest()).append("</span></td><td>");
        strip(h, t, column, nights);
        h.append("</td><td>");
        for (TestTrend.OutcomeTrend o : t.outcomes()) {
            if (!o.seen()) {
                continue;
            }
            h.append("<div>").append(o.forbidden() ? "forbidden" : "interesting").append(" <code>")
                    .append(Html.escape(o.outcome())).append("</code> first ").append(o.firstSeen()).append(", last ")
                    .append(o.lastSeen()).append(' ');
            sparkline(h, t, o, column, nights);
            h.append("</div>");
        }
        for (TestTrend.NeverSeen n : t.neverSeen()) {
            h.append("<div class=\"note\">").append(n.forbidden() ? "forbidden " : "interesting ").append("<code>")
                    .append(Html.escape(String.join(" | ", n.outcomes()))).append("</code> never seen in ")
                    .append(n.nights()).append(" nights: ").append(Figures.count(n.samples())).append(" samples, ")
                    .append(n.forks()).append(" forks");
            if (n.forks() > 0) {
                h.append(" (95%: fewer than ").append(Figures.percent(NotObserved.forkBound(n.forks())))
                        .append(" of forks in the configurations these nights ran would show one)");
            }
            h.append("</div>");
        }
        if (t.flaky()) {
            h.append("<div>fired on ").append(t.firedNights()).append(" of ").append(t.nights().size())
                    .append(" nights, last on ").append(t.lastFired()).append("</div>");
        }
        h.append("</td></tr>\n");
    }

    /** One span per run of equal verdicts (width by nights), so a year's strip stays small. */
    private static void strip(StringBuilder h, TestTrend t, Map<String, Integer> column, int nights) {
        h.append("<div style=\"display:flex;width:").append(nights * NIGHT_PX)
                .append("px;height:12px;background:#eee\">");
        int at = 0;
        List<TestTrend.Night> ns = t.nights();
        for (int i = 0; i < ns.size(); ) {
            int start = column.get(ns.get(i).night());
            if (start > at) {
                h.append("<span style=\"width:").append((start - at) * NIGHT_PX).append("px\"></span>");
            }
            int j = i;
            while (j + 1 < ns.size() && ns.get(j + 1).status() == ns.get(i).status()
                    && column.get(ns.get(j + 1).night()) == column.get(ns.get(j).night()) + 1) {
                j++;
            }
            int end = column.get(ns.get(j).night()) + 1;
            h.append("<span class=\"").append(ns.get(i).status()).append("\" style=\"width:")
                    .append((end - start) * NIGHT_PX)
                    .append("px\" title=\"").append(ns.get(i).night()).append(i == j ? "" : " to " + ns.get(j).night())
                    .append(": ").append(ns.get(i).status()).append("\"></span>");
            at = end;
            i = j + 1;
        }
        h.append("</div>");
    }

    /** The outcome's rate night by night, scaled to its own highest rate. */
    private static void sparkline(StringBuilder h, TestTrend t, TestTrend.OutcomeTrend o, Map<String, Integer> column,
                                  int nights) {
        double[] rate = new double[t.nights().size()];
        double max = 0;
        for (int i = 0; i < rate.length; i++) {
            long samples = t.nights().get(i).samples();
            rate[i] = samples == 0 ? 0 : o.counts().get(i) / (double) samples;
            max = Math.max(max, rate[i]);
        }
        h.append("<svg width=\"").append(nights * NIGHT_PX).append("\" height=\"16\"><polyline fill=\"none\" stroke=\"")
                .append(o.forbidden() ? "#c00" : "#b8860b").append("\" points=\"");
        for (int i = 0; i < rate.length; i++) {
            h.append(column.get(t.nights().get(i).night()) * NIGHT_PX).append(',')
                    .append(max == 0 ? 15 : Math.round(15 - 14 * rate[i] / max)).append(' ');
        }
        h.append("\"><title>").append(Html.escape(o.outcome())).append(": highest rate ")
                .append(Figures.scientific(max))
                .append("</title></polyline></svg>");
    }
}
