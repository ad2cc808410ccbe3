package org.stressharness.report.html;

import org.stressharness.report.text.Figures;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario's process memory as one table: the resident set and each Native Memory Tracking category (rows) at
 * the start, the alert and the end (columns), from the metrics {@code rssAt<When>Bytes} and
 * {@code nmt<Category>At<When>Bytes}.
 */
final class ProcessMemoryTable {

    private static final Pattern KEY = Pattern.compile("^(rss|nmt[A-Z]\\w*?)At(Start|Alert|End)Bytes$");
    private static final List<String> WHEN = List.of("Start", "Alert", "End");
    /** The categories a reader looks for first; the rest follow alphabetically. */
    private static final List<String> FIRST = List.of("rss", "nmtTotal", "nmtJavaHeap", "nmtClass", "nmtMetaspace",
            "nmtThread", "nmtCode", "nmtGc", "nmtInternal", "nmtOther");

    private ProcessMemoryTable() {
    }

    /** The table row a metric belongs to ({@code rss}, {@code nmtThread} ...), or null when it is not one. */
    static String row(String metric) {
        Matcher m = KEY.matcher(metric);
        return m.matches() ? m.group(1) : null;
    }

    static void render(StringBuilder h, Map<String, Double> metrics) {
        Map<String, Map<String, Double>> rows = new TreeMap<>((a, b) -> {
            int ia = FIRST.indexOf(a);
            int ib = FIRST.indexOf(b);
            if (ia >= 0 || ib >= 0) {
                return ia < 0 ? 1 : ib < 0 ? -1 : Integer.compare(ia, ib);
            }
            return a.compareTo(b);
        });
        metrics.forEach((key, v) -> {
            Matcher m = KEY.matcher(key);
            if (m.matches() && v != null) {
                rows.computeIfAbsent(m.group(1), r -> new TreeMap<>()).put(m.group(2), v);
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        h.append("<table><tr><th>process memory</th>");
        WHEN.forEach(w -> h.append("<th>at the ").append(w.toLowerCase()).append("</th>"));
        h.append("</tr>");
        rows.forEach((row, at) -> {
            h.append("<tr><td>").append(row.equals("rss") ? "resident set (RSS)" : "NMT " + Html.escape(label(row)))
                    .append("</td>");
            WHEN.forEach(w -> {
                Double v = at.get(w);
                h.append("<td class=\"n\">").append(v == null ? "—" : Html.escape(Figures.bytes(v))).append("</td>");
            });
            h.append("</tr>");
        });
        h.append("</table>");
    }

    /** "nmtJavaHeap" → "javaHeap" as NMT names it, in words: "java heap". */
    private static String label(String row) {
        return row.substring(3).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
