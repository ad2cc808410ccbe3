package org.stressharness.cli;

import org.stressharness.results.suite.UsageException;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * A team's own tests, given to {@code harness run} in place of a suite's catalog: jcstress tests
 * ({@code --jcstress-tests}), run by the jcstress engine without our tests on its classpath; Lincheck checks
 * ({@code --lincheck-tests}), run beside our negative controls; a memory workload ({@code --workload}), run alone.
 * Everything else (profiles, budgets, evidence, report, reproduce) is the suite's own.
 *
 * @param jcstress paths of jars or class directories holding jcstress tests compiled with jcstress-core
 * @param lincheck paths of jars or class directories holding classes with Lincheck {@code @Operation} methods
 * @param workload a {@code MemoryWorkload} class on {@code --classpath}, or null
 */
record TeamTests(List<Path> jcstress, List<Path> lincheck, String workload) {

    static final TeamTests NONE = new TeamTests(List.of(), List.of(), null);

    /** The jcstress release the engine runs; a team's jar bundling another is refused. */
    static final String JCSTRESS_VERSION = "0.16";
    private static final String TEST_LIST = "META-INF/TestList";
    private static final String JCSTRESS_POM = "META-INF/maven/org.openjdk.jcstress/jcstress-core/pom.properties";

    TeamTests {
        jcstress = jcstress == null ? List.of() : List.copyOf(jcstress);
        lincheck = lincheck == null ? List.of() : List.copyOf(lincheck);
    }

    boolean any() {
        return !jcstress.isEmpty() || !lincheck.isEmpty() || workload != null;
    }

    /** The suites a run without {@code --suites} covers: those given the team's tests, else all. */
    List<Suite> defaultSuites() {
        if (!any()) {
            return List.of(Suite.values());
        }
        List<Suite> suites = new ArrayList<>();
        if (!jcstress.isEmpty()) {
            suites.add(Suite.JCSTRESS);
        }
        if (!lincheck.isEmpty()) {
            suites.add(Suite.LINCHECK);
        }
        if (workload != null) {
            suites.add(Suite.SCENARIOS);
        }
        return suites;
    }

    /**
     * Checks the jcstress paths before anything runs, each problem in one line (exit 2): missing, no compiled test
     * list, built with another jcstress (which the suite, running jcstress 0.16 itself, could not tell). The
     * Lincheck paths and the workload class are checked by their suites when the harness lists them, also before
     * anything runs ({@code UserChecks}, {@code UserWorkload}).
     */
    void verify() {
        for (Path p : jcstress) {
            verifyJcstress(p);
        }
    }

    private static void verifyJcstress(Path p) {
        if (!Files.exists(p)) {
            throw new UsageException("--jcstress-tests: " + p + " does not exist");
        }
        if (Files.isDirectory(p)) {
            if (!Files.exists(p.resolve(TEST_LIST))) {
                throw new UsageException("--jcstress-tests: " + p + " holds no jcstress test (no " + TEST_LIST
                        + ": compile the tests with jcstress-core, whose annotation processor writes it)");
            }
            return;
        }
        try (JarFile jar = new JarFile(p.toFile())) {
            if (jar.getEntry(TEST_LIST) == null) {
                throw new UsageException("--jcstress-tests: " + p + " holds no jcstress test (no " + TEST_LIST
                        + ": compile the tests with jcstress-core, whose annotation processor writes it)");
            }
            ZipEntry pom = jar.getEntry(JCSTRESS_POM);
            if (pom != null) {
                Properties props = new Properties();
                try (InputStream in = jar.getInputStream(pom)) {
                    props.load(in);
                }
                String version = props.getProperty("version");
                if (version != null && !version.equals(JCSTRESS_VERSION)) {
                    throw new UsageException("--jcstress-tests: " + p + " is built with jcstress " + version
                            + "; this harness runs tests built with jcstress " + JCSTRESS_VERSION);
                }
            }
        } catch (IOException e) {
            throw new UsageException("--jcstress-tests: " + p + " is not a jar or class directory ("
                    + e.getMessage() + ")");
        }
    }

    /** The suite runner's classpath: the jcstress engine without our catalog when the team's tests replace it. */
    List<String> classpath(Suite suite, HarnessHome home) {
        List<String> cp = new ArrayList<>(suite == Suite.JCSTRESS && !jcstress.isEmpty()
                ? Suite.jcstressEngine(home) : suite.classpath(home));
        List<Path> own = suite == Suite.JCSTRESS ? jcstress : suite == Suite.LINCHECK ? lincheck : List.of();
        own.forEach(p -> cp.add(p.toAbsolutePath().toString()));
        return cp;
    }

    /** The suite's own options that tell it to run the team's tests. */
    List<String> suiteArgs(Suite suite) {
        return switch (suite) {
            case JCSTRESS -> jcstress.isEmpty() ? List.of() : List.of("--tests-from", joined(jcstress));
            case LINCHECK -> lincheck.isEmpty() ? List.of() : List.of("--checks-from", joined(lincheck));
            case SCENARIOS -> workload == null ? List.of() : List.of("--workload", workload);
        };
    }

    private static String joined(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(p -> p.toAbsolutePath().toString()).toList());
    }
}
