package org.stressharness.jcstress.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The JVM options the test catalogs on the classpath ask jcstress's forks to start with: each catalog's jar may
 * hold {@value #RESOURCE}, one option per line ({@code #} starts a comment), so the engine passes a catalog's
 * needs without knowing the catalog.
 */
final class ForkJvmOptions {

    static final String RESOURCE = "META-INF/stress-harness/jcstress-fork-options";

    private ForkJvmOptions() {
    }

    /** Every catalog's options, each once, joined by spaces; empty when no catalog asks for any. */
    static String fromCatalogs() {
        Set<String> options = new LinkedHashSet<>();
        try {
            for (URL url : Collections.list(ForkJvmOptions.class.getClassLoader().getResources(RESOURCE))) {
                try (InputStream in = url.openStream()) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(options::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return String.join(" ", options);
    }
}
