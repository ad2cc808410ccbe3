package org.stressharness.report.html;

import org.stressharness.results.model.HeapSample;
import org.stressharness.results.model.InsertSpike;
import org.stressharness.results.model.ScenarioDetail;
import org.stressharness.results.model.ScenarioMetrics;
import org.stressharness.report.text.Figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An inline SVG line chart of one scenario: heap used, and the process's resident memory where it was read,
 * against elements inserted, with the watermark alert, the out-of-memory point and the maximum heap marked when
 * the scenario measured them.
 */
final class HeapChart {

    static final int WIDTH = 620;
    static final int HEIGHT = 260;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 18;
    private static final int BOTTOM = 36;
    /** More points than pixels only makes the page heavier. */
    private static final int MAX_POINTS = 600;
    private static final double MIB = 1024 * 1024;

    private HeapChart() {
    }

    static String svg(String scenarioName, ScenarioDetail detail) {
        List<HeapSample> series = detail.series() == null ? List.of() : detail.series();
        Map<String, Double> metrics = detail.metrics() == null ? Map.of() : detail.metrics();
        Double alert = finite(metrics.get(ScenarioMetrics.ALERT_ELEMENTS));
        Double oomAt = finite(metrics.get(ScenarioMetrics.ELEMENTS_AT_OOM));
        Double oomFlag = finite(metrics.get(ScenarioMetrics.OOM));
        boolean oom = oomFlag != null ? oomFlag > 0 : oomAt != null;
        Double heapMax = finite(metrics.get(ScenarioMetrics.HEAP_MAX_BYTES));
        // Container scenarios: the simulated memory limit the resident set is killed at, and where it was.
        Double limit = finite(metrics.get("memoryLimitBytes"));
        Double killedFlag = finite(metrics.get("killed"));
        Double killedAt = killedFlag != null && killedFlag > 0 ? finite(metrics.get("elementsAtEnd")) : null;

        double xMax = 1;
        double yMax = 1;
        for (HeapSample s : series) {
            xMax = Math.max(xMax, s.elements());
            yMax = Math.max(yMax, Math.max(s.heapUsedBytes(), s.rssBytes()));
        }
        if (alert != null) {
            xMax = Math.max(xMax, alert);
        }
        if (oom && oomAt != null) {
            xMax = Math.max(xMax, oomAt);
        }
        if (heapMax != null && heapMax > 0) {
            yMax = Math.max(yMax, heapMax);
        }
        if (limit != null) {
            yMax = Math.max(yMax, limit);
        }
        if (killedAt != null) {
            xMax = Math.max(xMax, killedAt);
        }
        double xTop = niceCeiling(xMax);
        // Byte axes end on a round number of MiB, so the ticks read as round MiB too.
        double yTop = yMax >= MIB ? niceCeiling(yMax / MIB) * MIB : niceCeiling(yMax);
        Scale sx = new Scale(xTop, LEFT, WIDTH - RIGHT);
        Scale sy = new Scale(yTop, HEIGHT - BOTTOM, TOP);

        StringBuilder s = new StringBuilder(4096);
        s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"heap used vs elements, ")
                .append(Html.escape(scenarioName)).append("\" font-size=\"11\" font-family=\"sans-serif\">");
        axes(s, sx, sy, xTop, yTop);
        if (series.isEmpty()) {
            s.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" fill=\"#888\">no heap samples recorded</text>");
        } else {
            s.append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"1.6\" points=\"");
            int step = Math.max(1, (series.size() + MAX_POINTS - 1) / MAX_POINTS);
            for (int i = 0; i < series.size(); i += step) {
                point(s, sx, sy, series.get(i));
            }
            if ((series.size() - 1) % step != 0) {
                point(s, sx, sy, series.get(series.size() - 1));
            }
            s.append("\"/>");
            List<HeapSample> rss = series.stream().filter(p -> p.rssBytes() > 0).toList();
            if (!rss.isEmpty()) {
                // The resident set: what a container's memory limit counts, heap and all the rest.
                s.append("<polyline fill=\"none\" stroke=\"#2ca02c\" stroke-width=\"1.4\" stroke-dasharray=\"4,2\" "
                        + "points=\"");
                int every = Math.max(1, (rss.size() + MAX_POINTS - 1) / MAX_POINTS);
                for (int i = 0; i < rss.size(); i += every) {
                    s.append(f(sx.at(rss.get(i).elements()))).append(',').append(f(sy.at(rss.get(i).rssBytes())))
                            .append(' ');
                }
                s.append("\"/><text x=\"").append(LEFT + 6).append("\" y=\"").append(TOP + 10)
                        .append("\" fill=\"#2ca02c\">resident set (RSS)</text><text x=\"").append(LEFT + 6)
                        .append("\" y=\"").append(TOP + 24).append("\" fill=\"#1f77b4\">heap used</text>");
            }
        }
        if (heapMax != null && heapMax > 0) {
            level(s, sy.at(heapMax), "#888", "#666", "2,3", "max heap " + Figures.bytes(heapMax));
        }
        if (limit != null) {
            level(s, sy.at(limit), "#c0392b", "#c0392b", "5,3", "memory limit (simulated) " + Figures.bytes(limit));
        }
        if (killedAt != null) {
            marker(s, sx.at(killedAt), "#c0392b", null, "SIGKILL @ " + Figures.number(killedAt), 14);
        }
        spikes(s, sx, detail);
        if (alert != null) {
            marker(s, sx.at(alert), "#e67e00", "6,3", "alert @ " + Figures.number(alert), 0);
        }
        Double growthWarning = finite(metrics.get("growthWarningElements"));
        if (growthWarning != null) {
            marker(s, sx.at(growthWarning), "#8e44ad", "2,2", "growth warning @ " + Figures.number(growthWarning), 28);
        }
        if (oom && oomAt != null) {
            marker(s, sx.at(oomAt), "#c0392b", null, "OOM @ " + Figures.number(oomAt), 14);
        }
        s.append("</svg>");
        return s.toString();
    }

    /**
     * The growths and the slowest inserts as ticks standing on the x axis, as tall as their latency on a log
     * scale from 1 µs to 100 ms: purple for a growth, grey otherwise; each says its figures on hover.
     */
    private static void spikes(StringBuilder s, Scale sx, ScenarioDetail detail) {
        if (detail.insertSpikes().isEmpty()) {
            return;
        }
        int base = HEIGHT - BOTTOM;
        int tallest = 40;
        s.append("<g stroke-width=\"2\">");
        for (InsertSpike spike : detail.insertSpikes()) {
            double decades = Math.log10(Math.max(1_000, spike.nanos()) / 1_000.0); // 0 at 1 µs, 5 at 100 ms
            double height = 3 + (tallest - 3) * Math.min(5, decades) / 5;
            double x = sx.at(spike.elements());
            s.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(base)
                    .append("\" y2=\"").append(f(base - height)).append("\" stroke=\"")
                    .append(spike.growth() ? "#8e44ad" : "#999").append("\"><title>")
                    .append(Html.escape((spike.growth() ? "growth" : "slow insert") + " at "
                            + Figures.number(spike.elements()) + " elements: " + LatencyTable.nanos(spike.nanos())
                            + (spike.growth() ? ", " + Figures.bytes(spike.copiedBytes()) + " copied" : "")))
                    .append("</title></line>");
        }
        s.append("</g>");
    }

    private static void axes(StringBuilder s, Scale sx, Scale sy, double xTop, double yTop) {
        int x0 = LEFT;
        int y0 = HEIGHT - BOTTOM;
        s.append("<g stroke=\"#999\"><line x1=\"").append(x0).append("\" y1=\"").append(y0).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(y0).append("\"/><line x1=\"").append(x0)
                .append("\" y1=\"").append(TOP).append("\" x2=\"").append(x0).append("\" y2=\"").append(y0)
                .append("\"/></g><g fill=\"#444\">");
        for (int i = 0; i <= 4; i++) {
            double xv = xTop * i / 4;
            double yv = yTop * i / 4;
            s.append("<text x=\"").append(f(sx.at(xv))).append("\" y=\"").append(y0 + 14)
                    .append("\" text-anchor=\"middle\">").append(Html.escape(shortCount(xv))).append("</text>");
            s.append("<text x=\"").append(x0 - 4).append("\" y=\"").append(f(sy.at(yv) + 4))
                    .append("\" text-anchor=\"end\">").append(Html.escape(Figures.bytes(yv))).append("</text>");
            if (i > 0) {
                s.append("<line x1=\"").append(x0).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                        .append(f(sy.at(yv))).append("\" y2=\"").append(f(sy.at(yv)))
                        .append("\" stroke=\"#eee\"/>");
            }
        }
        s.append("<text x=\"").append((LEFT + WIDTH - RIGHT) / 2).append("\" y=\"").append(HEIGHT - 4)
                .append("\" text-anchor=\"middle\">elements inserted</text>")
                .append("<text x=\"12\" y=\"").append(TOP + (HEIGHT - BOTTOM - TOP) / 2)
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 12 ")
                .append(TOP + (HEIGHT - BOTTOM - TOP) / 2).append(")\">bytes</text></g>");
    }

    private static void marker(StringBuilder s, double x, String color, String dash, String label, int labelDy) {
        s.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"").append(color)
                .append("\" stroke-width=\"1.5\"");
        if (dash != null) {
            s.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        boolean leftOfLine = x > WIDTH - RIGHT - 110;
        s.append("/><text x=\"").append(f(leftOfLine ? x - 4 : x + 4)).append("\" y=\"").append(TOP + 10 + labelDy)
                .append("\" fill=\"").append(color).append("\" text-anchor=\"").append(leftOfLine ? "end" : "start")
                .append("\">").append(Html.escape(label)).append("</text>");
    }

    private static void point(StringBuilder s, Scale sx, Scale sy, HeapSample sample) {
        s.append(f(sx.at(sample.elements()))).append(',').append(f(sy.at(sample.heapUsedBytes()))).append(' ');
    }

    /** A metric the chart can place: null when absent, NaN or infinite. */
    private static Double finite(Double v) {
        return v == null || Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    /** The smallest 1, 2 or 5 times a power of ten at or above v (an axis end that reads well). */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String shortCount(double v) {
        if (v >= 1e6) {
            return trim(v / 1e6) + "M";
        }
        if (v >= 1e3) {
            return trim(v / 1e3) + "k";
        }
        return trim(v);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A dashed horizontal line across the plot at {@code y}, labelled at its right end. */
    private static void level(StringBuilder s, double y, String stroke, String fill, String dashes, String label) {
        s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(f(y))
                .append("\" y2=\"").append(f(y)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-dasharray=\"").append(dashes).append("\"/>")
                .append("<text x=\"").append(WIDTH - RIGHT - 2).append("\" y=\"").append(f(y - 3))
                .append("\" text-anchor=\"end\" fill=\"").append(fill).append("\">").append(Html.escape(label))
                .append("</text>");
    }

    /** One decimal, without String.format: a page can hold hundreds of charts of hundreds of points. */
    static String f(double v) {
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        tenths = Math.abs(tenths);
        return sign + (tenths / 10) + "." + (tenths % 10);
    }

    /** Maps 0..max onto the pixel range from..to. */
    private record Scale(double max, double from, double to) {
        double at(double v) {
            return from + (to - from) * Math.max(0, Math.min(v, max)) / max;
        }
    }
}
