package org.stressharness.report.text;

import java.util.Locale;

/** How the reports print numbers, so every page and summary reads the same. */
public final class Figures {

    private Figures() {
    }

    /** A count with thousands separators. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A frequency (0..1) as a percentage with enough digits to tell rare outcomes apart. */
    public static String percent(double fraction) {
        double p = 100.0 * fraction;
        if (p == 0) {
            return "0%";
        }
        if (p >= 1) {
            return String.format(Locale.ROOT, "%.2f%%", p);
        }
        if (p >= 0.0001) {
            return String.format(Locale.ROOT, "%.4f%%", p);
        }
        return String.format(Locale.ROOT, "%.2e%%", p);
    }

    /** A small probability, in scientific notation below 0.001. */
    public static String probability(double p) {
        if (p >= 0.001) {
            return String.format(Locale.ROOT, "%.4f", p);
        }
        return String.format(Locale.ROOT, "%.2e", p);
    }

    /** Bytes in the largest binary unit that keeps the figure at or above 1. */
    public static String bytes(double bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = 0;
        while (Math.abs(v) >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? String.format(Locale.ROOT, "%.0f B", v) : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** A metric value: integral values without decimals, others with up to three significant decimals. */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%,.3f", v);
    }

    /** Milliseconds as seconds or minutes. */
    public static String duration(long millis) {
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long s = millis / 1000;
        return s / 3600 > 0 ? String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60)
                : String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }
}
