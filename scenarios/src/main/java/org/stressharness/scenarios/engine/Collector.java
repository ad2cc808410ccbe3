package org.stressharness.scenarios.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The collectors a scenario child can run with. */
public enum Collector {
    G1("-XX:+UseG1GC"),
    SERIAL("-XX:+UseSerialGC"),
    PARALLEL("-XX:+UseParallelGC"),
    Z("-XX:+UseZGC");

    private final String flag;

    Collector(String flag) {
        this.flag = flag;
    }

    public String flag() {
        return flag;
    }

    /** Accepts G1, Serial, Parallel, Z (or ZGC), in any case. */
    public static Collector parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("ZGC")) {
            return Z;
        }
        return Arrays.stream(values()).filter(c -> c.name().equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown collector '" + text + "' (expected one of: "
                        + Arrays.stream(values()).map(Collector::label).collect(Collectors.joining(", ")) + ")"));
    }

    public String label() {
        return switch (this) {
            case G1 -> "G1";
            case SERIAL -> "Serial";
            case PARALLEL -> "Parallel";
            case Z -> "Z";
        };
    }
}
