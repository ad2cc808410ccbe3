package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gives one line naming the problem, exit 2, and leaves no run directory behind. */
class RunCommandUsageTest {

    @TempDir
    Path out;

    @TempDir
    Path inputs;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        var cl = HarnessCli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String errorText() {
        return err.toString().strip();
    }

    /** Each bad input, what the one line says, and that no run directory is left behind. */
    static Stream<Arguments> badInput() {
        return Stream.of(
                refusal("unknown profile 'bogus'", "run", "--profile", "bogus"),
                refusal("did you mean --profile", "run", "--profle", "smoke"),
                refusal("--only is not a valid regex", "run", "--only", "(["),
                refusal("is not a run directory (no plan.json)", "run", "--resume", "OUT/nothing-here"),
                refusal("--map: map class 'com.example.NoSuchMap' not found on the classpath",
                        "run", "--map", "com.example.NoSuchMap"),
                refusal("is not a java.util.Map", "run", "--map", "java.lang.StringBuilder"),
                refusal("has no public no-arg constructor", "run", "--map", "java.util.EnumMap"),
                refusal("--classpath entry does not exist", "run", "--map", "x.Y", "--classpath", "OUT/nope.jar"),
                refusal("invalid duration 'soon'", "run", "--suite-timeout", "soon"),
                refusal("invalid duration 'later'", "run", "--test-timeout", "later"),
                refusal("invalid heap size '12q'", "run", "--heap", "12q"),
                refusal("heap size must lie between 8m and 64g", "run", "--heap", "1m"),
                refusal("unknown collector 'Shenandoah2'", "run", "--gc", "Shenandoah2"),
                refusal("not a run", "reproduce", "SomeTest", "--from", "OUT"),
                refusal("invalid shard '3/2'", "run", "--shard", "3/2"),
                refusal("unknown suite 'fuzz'", "run", "--suites", "jcstress,fuzz"),
                refusal("does not exist", "run", "--lincheck-tests", "INPUTS/nope"),
                refusal("--workload: java.lang.StringBuilder does not implement org.stressharness.api.MemoryWorkload",
                        "run", "--workload", "java.lang.StringBuilder"),
                refusal("--workload: class com.example.NoSuchWorkload not found",
                        "run", "--workload", "com.example.NoSuchWorkload"));
    }

    private static Arguments refusal(String says, String... args) {
        return Arguments.of(String.join(" ", args), says, List.of(args));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedInOneLineWithExit2AndNoRunDirectory(String command, String says, List<String> args)
            throws IOException {
        List<String> line = new ArrayList<>();
        for (String arg : args) {
            line.add(arg.replace("OUT", out.toString()).replace("INPUTS", inputs.toString()));
        }
        if (line.get(0).equals("run") && !args.contains("--resume")) {
            line.addAll(List.of("--out", out.toString()));
        }
        assertThat(refused(line.toArray(String[]::new))).contains(says);
    }

    /** Runs the command line, requires exit 2, one line and no run directory, and returns the line. */
    private String refused(String... args) throws IOException {
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1);
        try (var entries = Files.list(out)) {
            assertThat(entries).as("run directories left behind").isEmpty();
        }
        return errorText();
    }

    @Test
    void theProfilesAreNamedAndAMistypedOptionKeepsItsSuggestionOnTheOneLine() throws IOException {
        assertThat(refused("run", "--profile", "bogus", "--out", out.toString()))
                .contains("smoke, quick, nightly, tough");
        err.reset();
        assertThat(refused("run", "--profle", "smoke", "--out", out.toString())).contains("Unknown option");
    }

    @Test
    void missingCommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(errorText()).startsWith("harness: missing command");
    }

    // A team's own tests that cannot run (--jcstress-tests, --lincheck-tests, --workload).

    @Test
    void aDirectoryWithoutCompiledJcstressTestsIsRefused() throws IOException {
        Path empty = Files.createDirectories(inputs.resolve("classes"));
        assertThat(refused("run", "--jcstress-tests", empty.toString(), "--out", out.toString()))
                .contains("--jcstress-tests: ").contains("holds no jcstress test");
    }

    @Test
    void aJarBuiltWithAnotherJcstressIsRefused() throws IOException {
        Path jar = inputs.resolve("old-tests.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            entry(zip, "META-INF/TestList", "JCTEST");
            entry(zip, "META-INF/maven/org.openjdk.jcstress/jcstress-core/pom.properties", "version=0.15\n");
        }
        assertThat(refused("run", "--jcstress-tests", jar.toString(), "--out", out.toString()))
                .contains("is built with jcstress 0.15")
                .contains("tests built with jcstress " + TeamTests.JCSTRESS_VERSION);
    }

    @Test
    void pathsWithoutALincheckCheckAreRefusedBeforeAnythingRuns() throws IOException {
        Path empty = Files.createDirectories(inputs.resolve("no-checks"));
        assertThat(refused("run", "--lincheck-tests", empty.toString(), "--out", out.toString()))
                .contains("no Lincheck check in");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream o = zip;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
