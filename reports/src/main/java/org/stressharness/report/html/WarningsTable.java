package org.stressharness.report.html;

import org.stressharness.report.text.Figures;

import java.util.List;
import java.util.Map;

/**
 * The early warnings of one scenario side by side: how long before the end (the OOM, or the container's kill) each
 * came, in elements and milliseconds, or, for a scenario that never runs out, whether it raised a false alarm.
 * From the metrics {@code <warning>LeadElements}, {@code <warning>LeadMs} and {@code <warning>FalseAlarm}.
 */
final class WarningsTable {

    /** Metric prefix and the words for it, in the order a reader compares them. */
    private static final List<String[]> WARNINGS = List.of(
            new String[] {"usageThreshold", "heap usage threshold (polled at every sample)"},
            new String[] {"collectionThreshold", "collection usage threshold (after the old generation's collections)"},
            new String[] {"rawTrend", "trend of the heap after each collection, first alarm"},
            new String[] {"trend", "trend, confirmed by a full collection"},
            new String[] {"growthWarning", "growth warning (the next growth will not fit)"},
            new String[] {"rssAlert", "RSS alert (80% of the memory limit)"});

    private WarningsTable() {
    }

    /** Whether a metric is shown here rather than in the key-value table. */
    static boolean owns(String metric) {
        for (String[] w : WARNINGS) {
            if (metric.equals(w[0] + "LeadElements") || metric.equals(w[0] + "LeadMs")
                    || metric.equals(w[0] + "FalseAlarm") || metric.equals("rssAlertHeadroomElements")) {
                return true;
            }
        }
        return false;
    }

    static void render(StringBuilder h, Map<String, Double> metrics) {
        Double end = metrics.containsKey("elementsAtOom") ? metrics.get("elementsAtOom") : metrics.get("elementsAtEnd");
        boolean any = false;
        StringBuilder rows = new StringBuilder();
        for (String[] w : WARNINGS) {
            Double elements = lead(metrics, w[0]);
            Double ms = metrics.get(w[0] + "LeadMs");
            Double falseAlarm = metrics.get(w[0] + "FalseAlarm");
            if (elements == null && falseAlarm == null) {
                continue;
            }
            any = true;
            rows.append("<tr><td>").append(Html.escape(w[1])).append("</td>");
            if (falseAlarm != null) {
                rows.append("<td colspan=\"3\">").append(falseAlarm > 0
                        ? "false alarm" : "none (right)").append("</td>");
            } else {
                rows.append("<td class=\"n\">").append(Figures.number(elements)).append("</td><td class=\"n\">")
                        .append(end == null || end == 0 ? "—" : Figures.fixed(100 * elements / end, 0) + "%")
                        .append("</td><td class=\"n\">").append(ms == null ? "—" : Figures.number(ms) + " ms")
                        .append("</td>");
            }
            rows.append("</tr>");
        }
        if (!any) {
            return;
        }
        h.append("<table><tr><th>warning</th><th>elements before the end</th><th>of all</th><th>ms before the end</th>")
                .append("</tr>").append(rows).append("</table>\n");
    }

    /** The RSS alert's lead is named as the container scenarios name it. */
    private static Double lead(Map<String, Double> metrics, String warning) {
        return warning.equals("rssAlert") ? metrics.get("rssAlertHeadroomElements") : metrics.get(warning
                + "LeadElements");
    }
}
