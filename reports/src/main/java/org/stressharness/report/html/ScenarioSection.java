package org.stressharness.report.html;

import org.stressharness.report.text.Figures;
import org.stressharness.results.model.ClassFootprint;
import org.stressharness.results.model.ScenarioDetail;
import org.stressharness.results.model.ScenarioMetrics;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.util.List;
import java.util.Map;

/** The memory scenarios in the run report: their overview table and each one's body. */
final class ScenarioSection {

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

    private ScenarioSection() {
    }

    /** The scenarios side by side, one row each, linking to their sections. */
    static void table(StringBuilder h, List<TestResult> scenarios) {
        h.append("<table><tr><th>scenario</th><th>status</th>");
        SCENARIO_COLUMNS.forEach((key, heading) -> h.append("<th title=\"").append(key).append("\">").append(heading)
                .append("</th>"));
        h.append("</tr>");
        for (TestResult r : scenarios) {
            Status st = r.status() == null ? Status.ERROR : r.status();
            Map<String, Double> m = r.scenario() == null || r.scenario().metrics() == null ? Map.of()
                    : r.scenario().metrics();
            h.append("<tr data-status=\"").append(st).append("\" data-key=\"").append(Html.escape(HtmlReport.key(r, st)))
                    .append("\"><td><a href=\"#").append(Html.escape(HtmlReport.anchor(r))).append("\">").append(Html.escape(r.name()))
                    .append("</a></td><td><span class=\"st ").append(st).append("\">").append(st).append("</span></td>");
            for (String c : SCENARIO_COLUMNS.keySet()) {
                Double v = m.get(c);
                h.append("<td class=\"n\">").append(v == null ? "—" : Html.escape(metric(c, v))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>\n");
    }

    /** One scenario's body: heap chart, metrics, memory beyond the heap, warnings, latency, classes, JVM. */
    static void render(StringBuilder h, String name, ScenarioDetail d) {
        h.append("<div class=\"scenario\">").append(HeapChart.svg(name, d)).append('\n');
        Map<String, Double> metrics = d.metrics() == null ? Map.of() : d.metrics();
        if (!metrics.isEmpty()) {
            h.append("<table class=\"kv\">");
            metrics.entrySet().stream()
                    .filter(e -> ProcessMemoryTable.row(e.getKey()) == null && !LatencyTable.owns(e.getKey())
                            && !WarningsTable.owns(e.getKey()))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> HtmlPage.row(h, e.getKey(), e.getValue() == null ? "" : metric(e.getKey(), e.getValue())));
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
}
