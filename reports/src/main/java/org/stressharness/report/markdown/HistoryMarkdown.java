package org.stressharness.report.markdown;

import org.stressharness.report.history.History;
import org.stressharness.report.history.News;
import org.stressharness.report.history.NightCost;
import org.stressharness.report.history.TestTrend;
import org.stressharness.report.stats.NotObserved;
import org.stressharness.report.text.Figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The morning summary across nights, for a GitHub job summary: it opens with what is new tonight against the last
 * nights, then the demonstrations whose detection is flaky, the guards' cumulative evidence, and the cost per
 * night. The trend page has the rest.
 */
public final class HistoryMarkdown {

    /** Rows per table: a job summary is read, not searched; the page has every row. */
    private static final int ROWS = 30;

    public String render(History history, int lastN) {
        StringBuilder md = new StringBuilder();
        List<String> nights = history.nights();
        md.append("### New tonight against the last ").append(lastN).append(" nights\n\n");
        List<News> news = history.newTonight(lastN);
        if (news.isEmpty()) {
            md.append(News.NOTHING_NEW).append("\n\n");
        } else {
            md.append("| what | test | job | tonight |\n|---|---|---|---|\n");
            news.stream().limit(ROWS).forEach(n
                    -> md.append("| ").append(n.label()).append(" | `").append(n.test()).append("` | ").append(n.job())
                            .append(" | ")
                    .append(n.what()).append(" |\n"));
            more(md, news.size());
        }
        md.append("History: ").append(nights.size()).append(" nights (").append(nights.get(0)).append(" to ")
                .append(nights.get(nights.size() - 1)).append("), ").append(history.jobs().size()).append(" jobs, ")
                .append(history.tests()).append(" tests, ").append(history.runs().size()).append(" runs.\n\n");

        List<TestTrend> flaky = history.flaky();
        if (!flaky.isEmpty()) {
            md.append("**Demonstrations with flaky detection** (fired on some nights, not others: the nightly lost "
                    + "power there)\n\n| test | job | fired on | last fired |\n|---|---|---|---|\n");
            flaky.stream().limit(ROWS).forEach(t -> md.append("| `").append(t.test()).append("` | ").append(t.job())
                    .append(" | ").append(t.firedNights()).append(" of ").append(t.nights().size()).append(" nights | ")
                    .append(t.lastFired()).append(" |\n"));
            more(md, flaky.size());
        }

        // A guard's forbidden outcomes never seen, every job and night together: its bound tightens night by night.
        Map<String, long[]> guards = new TreeMap<>();
        for (TestTrend t : history.trends()) {
            for (TestTrend.NeverSeen n : t.neverSeen()) {
                if (n.forbidden()) {
                    long[] sum = guards.computeIfAbsent(t.test(), k -> new long[3]);
                    sum[0] += n.samples();
                    sum[1] += n.forks();
                    sum[2] += n.nights();
                }
            }
        }
        if (!guards.isEmpty()) {
            md.append("**Forbidden outcomes never seen, all nights and jobs together** (forks are the independent "
                    + "units; the bound holds for the configurations these nights ran)\n\n"
                    + "| test | job-nights | samples | forks | 95% bound on forks showing one "
                    + "|\n|---|---|---|---|---|\n");
            guards.entrySet().stream().limit(ROWS).forEach(e -> md.append("| `").append(e.getKey()).append("` | ")
                    .append(e.getValue()[2]).append(" | ").append(Figures.count(e.getValue()[0])).append(" | ")
                    .append(Figures.count(e.getValue()[1])).append(" | ")
                    .append(Figures.percent(NotObserved.forkBound((int) Math.min(Integer.MAX_VALUE, e.getValue()[1]))))
                    .append(" |\n"));
            more(md, guards.size());
        }

        List<NightCost> costs = history.costs();
        md.append("**Cost per night** (last ").append(Math.min(lastN, costs.size()))
                .append(")\n\n| night | runs | results | machine time |\n|---|---|---|---|\n");
        costs.subList(Math.max(0, costs.size() - lastN), costs.size()).forEach(c -> md.append("| ").append(c.night())
                .append(" | ").append(c.runs()).append(" | ").append(Figures.count(c.results())).append(" | ")
                .append(c.machineTime()).append(" |\n"));
        md.append('\n');
        return md.toString();
    }

    private static void more(StringBuilder md, int total) {
        if (total > ROWS) {
            md.append("\n… and ").append(total - ROWS).append(" more on the trend page.\n");
        }
        md.append('\n');
    }
}
