package org.stressharness.scenarios.engine;

import java.util.Locale;

/** A heap size as {@code -Xmx} takes it ({@code 64m}, {@code 1g}, {@code 512k}), validated. */
public record HeapSize(long bytes) {

    public static final long MIN = 8L << 20;
    public static final long MAX = 64L << 30;

    public HeapSize {
        if (bytes < MIN || bytes > MAX) {
            throw new IllegalArgumentException("heap size must lie between 8m and 64g, got " + bytes + " bytes");
        }
    }

    public static HeapSize parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (!t.matches("\\d{1,12}[kmg]?")) {
            throw new IllegalArgumentException("invalid heap size '" + text + "' (expected e.g. 64m, 1g, 512k)");
        }
        char unit = t.charAt(t.length() - 1);
        long shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        long number = Long.parseLong(Character.isDigit(unit) ? t : t.substring(0, t.length() - 1));
        if (number > (MAX >> shift)) {
            throw new IllegalArgumentException("heap size must lie between 8m and 64g, got " + text);
        }
        return new HeapSize(number << shift);
    }

    public HeapSize times(int factor) {
        return new HeapSize(bytes * factor);
    }

    /** The form {@code -Xmx} takes, in the largest whole unit. */
    public String text() {
        if (bytes % (1L << 30) == 0) {
            return (bytes >> 30) + "g";
        }
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + "m";
        }
        return bytes % 1024 == 0 ? (bytes >> 10) + "k" : String.valueOf(bytes);
    }

    @Override
    public String toString() {
        return text();
    }
}
