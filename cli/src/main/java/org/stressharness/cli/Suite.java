package org.stressharness.cli;

import org.stressharness.results.suite.UsageException;
import org.stressharness.results.model.Source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The three suites the harness forks, and what it takes to start each one's runner. */
enum Suite {
    JCSTRESS(Source.JCSTRESS, "jcstress", "jcstress-tests", "org.stressharness.jcstress.engine.JcstressSuite"),
    LINCHECK(Source.LINCHECK, "lincheck", "lincheck-tests", "org.stressharness.lincheck.engine.LincheckSuite"),
    SCENARIOS(Source.SCENARIO, "scenarios", "scenarios", "org.stressharness.scenarios.engine.ScenarioSuite");

    private final Source source;
    private final String id;
    private final String module;
    private final String mainClass;

    Suite(Source source, String id, String module, String mainClass) {
        this.source = source;
        this.id = id;
        this.module = module;
        this.mainClass = mainClass;
    }

    Source source() {
        return source;
    }

    /** Short name used on the command line and as the suite's directory in a run. */
    String id() {
        return id;
    }

    /**
     * The runner's main class. {@code -Dharness.suite.<id>.main} (with {@code .classpath}) swaps in another
     * runner that keeps the same contract: the robustness tests plug in runners that crash or hang on purpose,
     * so those never sit among the real suites.
     */
    String mainClass() {
        return System.getProperty(overrideKey("main"), mainClass);
    }

    private String overrideKey(String what) {
        return "harness.suite." + id + "." + what;
    }

    static Suite of(Source source) {
        for (Suite s : values()) {
            if (s.source == source) {
                return s;
            }
        }
        throw new IllegalArgumentException("no suite for " + source);
    }

    static Suite parse(String id) {
        for (Suite s : values()) {
            if (s.id.equalsIgnoreCase(id.trim())) {
                return s;
            }
        }
        throw new UsageException("unknown suite '" + id + "' (expected jcstress, lincheck or scenarios)");
    }

    /** The runner's classpath in a built checkout; the jcstress suite runs from its shaded jar. */
    List<String> classpath(HarnessHome home) {
        String override = System.getProperty(overrideKey("classpath"));
        if (override != null) {
            return List.of(override.split(java.io.File.pathSeparator));
        }
        Path dir = home.module(module);
        List<String> cp = new ArrayList<>();
        if (this == JCSTRESS) {
            cp.add(requireBuilt(dir.resolve("target/jcstress-tests.jar")).toString());
            return cp;
        }
        cp.add(requireBuilt(dir.resolve("target/classes")).toString());
        Path deps = requireBuilt(dir.resolve("target/runtime-classpath.txt"));
        try {
            String text = Files.readString(deps, StandardCharsets.UTF_8).trim();
            if (!text.isEmpty()) {
                // A checkout lists absolute paths; the release archive, paths relative to target/ (target/lib).
                for (String entry : text.split(java.io.File.pathSeparator)) {
                    Path p = Path.of(entry);
                    cp.add(p.isAbsolute() ? entry : dir.resolve("target").resolve(p).toString());
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + deps + ": " + e.getMessage());
        }
        return cp;
    }

    /** The jcstress engine without our catalog, for a team's own jcstress tests. */
    static List<String> jcstressEngine(HarnessHome home) {
        String override = System.getProperty(JCSTRESS.overrideKey("classpath"));
        if (override != null) {
            return List.of(override.split(java.io.File.pathSeparator));
        }
        return List.of(requireBuilt(home.module(JCSTRESS.module).resolve("target/jcstress-engine.jar")).toString());
    }

    /** JVM flags the runner needs: Lincheck attaches an agent and reaches for Unsafe. */
    List<String> jvmFlags() {
        List<String> flags = new ArrayList<>();
        if (this == JCSTRESS && Runtime.version().feature() >= 22) {
            flags.add("--enable-native-access=ALL-UNNAMED"); // jcstress loads a native helper: say it is intended
        }
        if (this == LINCHECK) {
            flags.add("-XX:+EnableDynamicAgentLoading");
            flags.add("-Xshare:off");
            if (Runtime.version().feature() >= 24) {
                flags.add("--sun-misc-unsafe-memory-access=allow");
            }
        }
        return flags;
    }

    private static Path requireBuilt(Path p) {
        if (!Files.exists(p)) {
            throw new UsageException(p + " is missing: build first (./mvnw -DskipTests package, or use ./harness)");
        }
        return p;
    }
}
