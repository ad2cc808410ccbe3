package org.stressharness.cli;

import org.stressharness.results.suite.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the harness was built in: where the suites' build outputs and the default output live. */
record HarnessHome(Path root) {

    static final String PROPERTY = "harness.home";
    /** Where runs go by default when set (the release archive's launcher: the caller's ./reports/out). */
    static final String OUT_PROPERTY = "harness.out";

    /**
     * From {@code -Dharness.home} (set by the launcher script), else the nearest parent of the cwd that looks like one.
     */
    static HarnessHome locate() {
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return new HarnessHome(Path.of(prop).toAbsolutePath().normalize());
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("jcstress-tests"))) {
                return new HarnessHome(p);
            }
        }
        throw new UsageException("cannot find the stress-harness checkout: run ./harness from it, or set -D"
                + PROPERTY);
    }

    Path defaultOut() {
        String out = System.getProperty(OUT_PROPERTY);
        return out != null && !out.isBlank() ? Path.of(out).toAbsolutePath() : root.resolve("reports").resolve("out");
    }

    Path module(String name) {
        return root.resolve(name);
    }
}
