package org.stressharness.report.html;

import org.stressharness.report.text.Figures;
import org.stressharness.results.model.InsertSpike;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A scenario's insert latency and GC pause percentiles as one table, from the metrics {@code insertP<q>Ns} and
 * {@code gcPauseP<q>Ms}, and its slowest inserts with the growth each one was, if any.
 */
final class LatencyTable {

    private static final Pattern KEY = Pattern.compile("^(insert(P50|P99|P999|Max)Ns|gcPause(P50|P99|Max)Ms)$");
    private static final String[] COLUMNS = {"P50", "P99", "P999", "Max"};
    private static final int SLOWEST_SHOWN = 8;

    private LatencyTable() {
    }

    /** Whether a metric is shown here rather than in the scenario's key-value table. */
    static boolean owns(String metric) {
        return KEY.matcher(metric).matches();
    }

    static void render(StringBuilder h, Map<String, Double> metrics, List<InsertSpike> spikes) {
        boolean inserts = metrics.containsKey("insertP50Ns");
        boolean pauses = metrics.containsKey("gcPauseP50Ms");
        if (!inserts && !pauses) {
            return;
        }
        h.append("<table><tr><th>latency</th><th>p50</th><th>p99</th><th>p99.9</th><th>max</th></tr>");
        if (inserts) {
            h.append("<tr><td>insert (").append(Figures.count(metrics.getOrDefault("insertCount", 0.0).longValue()))
                    .append(" timed)</td>");
            for (String c : COLUMNS) {
                Double ns = metrics.get("insert" + c + "Ns");
                h.append("<td class=\"n\">").append(ns == null ? "—" : Html.escape(nanos(ns))).append("</td>");
            }
            h.append("</tr>");
        }
        if (pauses) {
            h.append("<tr><td>GC pause (whole ms, from the GC notifications)</td>");
            for (String c : COLUMNS) {
                Double ms = metrics.get("gcPause" + c + "Ms");
                h.append("<td class=\"n\">").append(ms == null ? "—" : Figures.number(ms) + " ms").append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>\n");
        List<InsertSpike> slowest = spikes.stream()
                .sorted((a, b) -> Long.compare(b.nanos(), a.nanos())).limit(SLOWEST_SHOWN).toList();
        if (!slowest.isEmpty()) {
            h.append("<p class=\"note\">Slowest inserts: ");
            for (int i = 0; i < slowest.size(); i++) {
                InsertSpike s = slowest.get(i);
                h.append(i == 0 ? "" : "; ").append(Html.escape(nanos(s.nanos()))).append(" at ")
                        .append(Figures.count(s.elements()))
                        .append(s.growth() ? " (growth, " + Html.escape(Figures.bytes(s.copiedBytes()))
                                + " copied)" : "");
            }
            h.append("</p>\n");
        }
    }

    /** 40 ns, 12.5 µs, 3.2 ms. */
    static String nanos(double ns) {
        if (ns >= 1e6) {
            return Figures.fixed(ns / 1e6, 1) + " ms";
        }
        if (ns >= 1e3) {
            return Figures.fixed(ns / 1e3, 1) + " µs";
        }
        return Figures.number(ns) + " ns";
    }
}
