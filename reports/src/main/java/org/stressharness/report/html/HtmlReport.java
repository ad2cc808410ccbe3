package org.stressharness.report.html;

import org.stressharness.report.model.OutcomeCount;
import org.stressharness.report.model.Run;
import org.stressharness.report.model.Status;
import org.stressharness.report.model.TestResult;

import java.util.Comparator;
import java.util.Map;

/** Renders a run as one self-contained HTML page (no external scripts, fonts or styles). */
public final class HtmlReport {

    public String render(Run run) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>stress-harness run ").append(Html.escape(run.id())).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>stress-harness run ").append(Html.escape(run.id())).append("</h1>\n");
        header(h, run);
        summary(h, run);
        h.append("<h2>Results</h2>\n");
        run.results().stream()
                .sorted(Comparator.comparing((TestResult r) -> -r.status().ordinal()).thenComparing(TestResult::name))
                .forEach(r -> result(h, r));
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, Run run) {
        var host = run.host();
        h.append("<table class=\"kv\">");
        row(h, "profile", run.profile());
        row(h, "started", run.startedAt());
        row(h, "finished", run.finishedAt());
        row(h, "complete", run.complete() ? "yes" : "NO (partial run)");
        if (host != null) {
            row(h, "arch", host.arch());
            row(h, "CPU", host.cpuModel() + " (" + host.cores() + " cores)");
            row(h, "memory", (host.memoryBytes() >> 20) + " MiB");
            row(h, "OS", host.os() + (host.container() ? " (container)" : ""));
            row(h, "JVM", host.jvmVendor() + " " + host.jvmVersion());
            row(h, "GC", host.gc());
        }
        h.append("</table>\n");
    }

    private static void summary(StringBuilder h, Run run) {
        h.append("<p class=\"summary\">");
        for (Map.Entry<Status, Integer> e : run.countByStatus().entrySet()) {
            h.append("<span class=\"st ").append(e.getKey()).append("\">").append(e.getKey()).append(": ")
                    .append(e.getValue()).append("</span> ");
        }
        h.append("</p>\n");
    }

    private static void result(StringBuilder h, TestResult r) {
        h.append("<details class=\"result\"").append(r.status() == Status.PASSED ? "" : " open").append("><summary>")
                .append("<span class=\"st ").append(r.status()).append("\">").append(r.status()).append("</span> ")
                .append(r.source()).append(" · <b>").append(Html.escape(r.name())).append("</b>");
        if (r.message() != null) {
            h.append(" — ").append(Html.escape(r.message()));
        }
        h.append("</summary>\n");
        if (r.description() != null) {
            h.append("<p>").append(Html.escape(r.description())).append("</p>\n");
        }
        if (r.jcstress() != null) {
            h.append("<table><tr><th>outcome</th><th>count</th><th>frequency</th><th>grade</th><th>description</th></tr>");
            long total = Math.max(1, r.jcstress().samples());
            for (OutcomeCount o : r.jcstress().outcomes()) {
                h.append("<tr><td><code>").append(Html.escape(o.outcome())).append("</code></td><td>").append(o.count())
                        .append("</td><td>").append(String.format("%.4f%%", 100.0 * o.count() / total))
                        .append("</td><td>").append(o.expect()).append("</td><td>")
                        .append(Html.escape(o.description())).append("</td></tr>");
            }
            h.append("</table>\n");
        }
        if (r.lincheck() != null && r.lincheck().failureText() != null) {
            h.append("<pre>").append(Html.escape(r.lincheck().failureText())).append("</pre>\n");
        }
        if (r.scenario() != null) {
            h.append("<table>");
            r.scenario().metrics().forEach((k, v) -> row(h, k, String.valueOf(v)));
            h.append("</table>\n");
        }
        if (r.output() != null) {
            h.append("<pre>").append(Html.escape(r.output())).append("</pre>\n");
        }
        if (r.reproduce() != null) {
            h.append("<p>Reproduce: <code>").append(Html.escape(r.reproduce())).append("</code></p>\n");
        }
        h.append("</details>\n");
    }

    private static void row(StringBuilder h, String key, Object value) {
        h.append("<tr><th>").append(Html.escape(key)).append("</th><td>").append(Html.escape(value)).append("</td></tr>");
    }

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;max-width:1200px}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}
            .st{padding:1px 6px;border-radius:3px;font-weight:bold}
            .PASSED{background:#d4edda}.INTERESTING{background:#fff3cd}.FAILED{background:#f8d7da}.ERROR{background:#e2c6f0}
            details.result{margin:.3em 0}pre{background:#f6f6f6;padding:.5em;overflow:auto;max-height:30em}
            """;
}
