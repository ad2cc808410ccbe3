package org.stressharness.report.html;

import org.stressharness.report.text.Figures;
import org.stressharness.results.model.FlightRecording;

/**
 * A scenario's flight recording: a link to the file (it opens in JDK Mission Control), its collections, the top
 * allocation sites and the old-object samples with the GC root each was reached from.
 */
final class FlightRecordingSection {

    private FlightRecordingSection() {
    }

    static void render(StringBuilder h, FlightRecording r) {
        if (r == null) {
            return;
        }
        h.append("<p class=\"note\">Flight recording: <a href=\"").append(Html.escape(r.file())).append("\">")
                .append(Html.escape(r.file())).append("</a> (opens in JDK Mission Control), of a twin run under the ")
                .append("recorder, so that the figures above come from a child without it: ")
                .append(Figures.count(r.gcCount())).append(" collections, longest pause ")
                .append(Figures.fixed(r.longestPauseMs(), 1)).append(" ms.</p>\n");
        if (!r.allocationSites().isEmpty()) {
            h.append("<table><tr><th>allocation site (top frame)</th><th>sampled bytes</th><th>samples</th></tr>");
            r.allocationSites().forEach(s -> h.append("<tr><td><code>").append(Html.escape(s.frame()))
                    .append("</code></td><td class=\"n\">").append(Html.escape(Figures.bytes(s.bytes())))
                    .append("</td><td class=\"n\">").append(Figures.count(s.samples())).append("</td></tr>"));
            h.append("</table>\n");
        }
        if (!r.oldObjects().isEmpty()) {
            h.append("<table><tr><th>old-object samples (at the alert)</th><th>GC root</th><th>samples</th>")
                    .append("<th>allocated in</th><th>path from the root (first sample)</th></tr>");
            r.oldObjects().forEach(o -> h.append("<tr><td><code>").append(Html.escape(o.type()))
                    .append("</code></td><td>").append(Html.escape(o.root())).append("</td><td class=\"n\">")
                    .append(Figures.count(o.samples())).append("</td><td><code>")
                    .append(Html.escape(o.allocatedAt() == null
                            ? "" : o.allocatedAt())).append("</code></td><td><code>")
                    .append(Html.escape(o.path() == null ? "" : o.path())).append("</code></td></tr>"));
            h.append("</table>\n");
        }
    }
}
