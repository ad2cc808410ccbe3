package org.stressharness.cli;

import java.util.Locale;

/** Heap sizes as -Xmx takes them: digits with an optional k, m or g. */
final class HeapSize {

    private HeapSize() {
    }

    static long bytes(String size) {
        String s = size.trim().toLowerCase(Locale.ROOT);
        char unit = s.charAt(s.length() - 1);
        long shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? s : s.substring(0, s.length() - 1);
        try {
            return Long.parseLong(digits) << shift;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid heap size '" + size + "'");
        }
    }
}
