package org.stressharness.report.text;

import java.util.Locale;

/** How the reports print numbers, so every page and summary reads the same. */
public final class Figures {

    private Figures() {
    }

    /** A count with thousands separators. */
    public static String count(long n) {
        if (n < 0) {
            return "-" + count(-n);
        }
        String digits = Long.toString(n);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** A frequency (0..1) as a percentage with enough digits to tell rare outcomes apart. */
    public static String percent(double fraction) {
        double p = 100.0 * fraction;
        if (p == 0) {
            return "0%";
        }
        if (p >= 1) {
            return fixed(p, 2) + "%";
        }
        if (p >= 0.0001) {
            return fixed(p, 4) + "%";
        }
        return scientific(p) + "%";
    }

    /**
     * {@code v} rounded to {@code decimals} places, like {@code %.Nf} but without a Formatter: reports print
     * tens of thousands of figures and Formatter dominates the time of a cold JVM.
     */
    public static String fixed(double v, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) * scale >= Long.MAX_VALUE / 2.0) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        long units = Math.round(Math.abs(v) * scale);
        StringBuilder out = new StringBuilder(24);
        if (v < 0 && units != 0) {
            out.append('-');
        }
        out.append(units / scale);
        if (decimals > 0) {
            String frac = Long.toString(units % scale);
            out.append('.');
            for (int i = frac.length(); i < decimals; i++) {
                out.append('0');
            }
            out.append(frac);
        }
        return out.toString();
    }

    /** A positive number as {@code %.2e} prints it (e.g. 1.50e-06), without a Formatter. */
    public static String scientific(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        int exp = (int) Math.floor(Math.log10(v));
        long hundredths = Math.round(v / Math.pow(10, exp) * 100);
        if (hundredths >= 1000) {
            hundredths /= 10;
            exp++;
        } else if (hundredths < 100) {
            hundredths *= 10;
            exp--;
        }
        String e = Integer.toString(Math.abs(exp));
        return (hundredths / 100) + "." + (hundredths % 100 < 10 ? "0" : "") + (hundredths % 100) + "e"
                + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" : "") + e;
    }

    /** A small probability, in scientific notation below 0.001. */
    public static String probability(double p) {
        if (p >= 0.001) {
            return fixed(p, 4);
        }
        return scientific(p);
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
        return u == 0 ? fixed(v, 0) + " B" : fixed(v, 1) + " " + units[u];
    }

    /** A metric value: integral values without decimals, others with up to three significant decimals. */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return count((long) v);
        }
        return String.format(Locale.ROOT, "%,.3f", v);
    }

    /** Milliseconds as seconds or minutes. */
    public static String duration(long millis) {
        if (millis < 60_000) {
            return fixed(millis / 1000.0, 1) + " s";
        }
        long s = millis / 1000;
        return s / 3600 > 0 ? String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60)
                : String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }
}
