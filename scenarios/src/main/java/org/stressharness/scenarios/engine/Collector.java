package org.stressharness.scenarios.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The collectors a scenario child can run with. */
public enum Collector {
    G1, SERIAL, PARALLEL, Z;

    /** The JVM flag that selects it: HotSpot spells each as -XX:+Use<Name>GC (G1, Serial, Parallel, Z). */
    public String flag() {
        return "-XX:+Use" + name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT) + "GC";
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
