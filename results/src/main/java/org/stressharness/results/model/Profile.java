package org.stressharness.results.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How hard a run digs. Each suite maps a profile to its own settings; the names are shared so one
 * {@code --profile} drives all of them.
 */
public enum Profile {
    /** Every test once, briefly: proves the chain works. Used by {@code ./mvnw verify}. */
    SMOKE,
    /** The default: the whole run in under 10 minutes on 2 cores. */
    QUICK,
    /** What a nightly CI job runs: jcstress default mode, deep Lincheck exploration. */
    NIGHTLY,
    /** jcstress tough mode and the deepest settings; hours on small machines. */
    TOUGH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a profile name, case-insensitively; the message lists the valid names. */
    public static Profile parse(String name) {
        for (Profile p : values()) {
            if (p.id().equalsIgnoreCase(name.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + name + "' (expected one of: " + names() + ")");
    }

    public static String names() {
        return Arrays.stream(values()).map(Profile::id).collect(Collectors.joining(", "));
    }
}
