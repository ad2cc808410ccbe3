package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void unknownProfileIsAUsageError() {
        assertThat(run("run", "--profile", "bogus", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("unknown profile 'bogus'").contains("smoke, quick, nightly, "
                + "tough");
    }

    @Test
    void aMistypedOptionGetsPicocliSuggestionOnTheSameLine() {
        assertThat(run("run", "--profle", "smoke", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("Unknown option").contains("did you mean --profile");
    }

    @Test
    void invalidRegexIsAUsageError() {
        assertThat(run("run", "--only", "([", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("--only is not a valid regex");
    }

    @Test
    void resumingWhatIsNotARunIsAUsageError() {
        assertThat(run("run", "--resume", out.resolve("nothing-here").toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("--resume: ").contains("is not a run directory (no "
                + "plan.json)");
    }

    @Test
    void missingMapClassIsAUsageError() {
        assertThat(run("run", "--map", "com.example.NoSuchMap", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("--map: map class 'com.example.NoSuchMap' not found on the "
                + "classpath");
    }

    @Test
    void aClassThatIsNotAMapIsAUsageError() {
        assertThat(run("run", "--map", "java.lang.StringBuilder", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("is not a java.util.Map");
    }

    @Test
    void aMapWithoutNoArgConstructorIsAUsageError() {
        assertThat(run("run", "--map", "java.util.EnumMap", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("has no public no-arg constructor");
    }

    @Test
    void missingClasspathEntryIsAUsageError() {
        assertThat(run("run", "--map", "x.Y", "--classpath", out.resolve("nope.jar").toString(),
                "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("--classpath entry does not exist");
    }

    @Test
    void invalidSuiteTimeoutIsAUsageError() {
        assertThat(run("run", "--suite-timeout", "soon", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("invalid duration 'soon'");
    }

    @Test
    void invalidTestTimeoutIsAUsageError() {
        assertThat(run("run", "--test-timeout", "later", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("invalid duration 'later'");
    }

    @Test
    void invalidHeapSizeIsAUsageError() {
        assertThat(run("run", "--heap", "12q", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("invalid heap size '12q'");
    }

    @Test
    void tooSmallHeapIsAUsageError() {
        assertThat(run("run", "--heap", "1m", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("heap size must lie between 8m and 64g");
    }

    @Test
    void unknownCollectorIsAUsageError() {
        assertThat(run("run", "--gc", "Shenandoah2", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("unknown collector 'Shenandoah2'");
    }

    @Test
    void reproducingFromADirectoryThatIsNotARunIsAUsageError() {
        assertThat(run("reproduce", "SomeTest", "--from", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("not a run");
    }

    @Test
    void invalidShardIsAUsageError() {
        assertThat(run("run", "--shard", "3/2", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("invalid shard '3/2'");
    }

    @Test
    void unknownSuiteIsAUsageError() {
        assertThat(run("run", "--suites", "jcstress,fuzz", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("unknown suite 'fuzz'");
    }

    @Test
    void missingCommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(errorText()).startsWith("harness: missing command");
    }

    @Test
    void noRunDirectoryIsLeftByRejectedInput() throws Exception {
        run("run", "--profile", "bogus", "--out", out.toString());
        run("run", "--map", "com.example.NoSuchMap", "--out", out.toString());
        try (var entries = Files.list(out)) {
            assertThat(entries).isEmpty();
        }
    }

    // A team's own tests that cannot run (--jcstress-tests, --lincheck-tests, --workload).

    @Test
    void aDirectoryWithoutCompiledJcstressTestsIsRefused() throws IOException {
        Path empty = Files.createDirectories(inputs.resolve("classes"));
        assertThat(run("run", "--jcstress-tests", empty.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("--jcstress-tests: ").contains("holds no jcstress test");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aJarBuiltWithAnotherJcstressIsRefused() throws IOException {
        Path jar = inputs.resolve("old-tests.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            entry(zip, "META-INF/TestList", "JCTEST");
            entry(zip, "META-INF/maven/org.openjdk.jcstress/jcstress-core/pom.properties", "version=0.15\n");
        }
        assertThat(run("run", "--jcstress-tests", jar.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("is built with jcstress 0.15")
                .contains("tests built with jcstress " + TeamTests.JCSTRESS_VERSION);
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aMissingPathIsRefused() {
        assertThat(run("run", "--lincheck-tests", inputs.resolve("nope").toString(), "--out", out.toString()))
                .isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("--lincheck-tests: ").contains("does not exist");
    }

    @Test
    void aClassThatIsNotAWorkloadIsRefused() {
        assertThat(run("run", "--workload", "java.lang.StringBuilder", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1)
                .contains("--workload: java.lang.StringBuilder does not implement "
                        + "org.stressharness.api.MemoryWorkload");
    }

    @Test
    void aMissingWorkloadClassIsRefused() {
        assertThat(run("run", "--workload", "com.example.NoSuchWorkload", "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("--workload: class com.example.NoSuchWorkload not found");
    }

    @Test
    void pathsWithoutALincheckCheckAreRefusedBeforeAnythingRuns() throws IOException {
        Path empty = Files.createDirectories(inputs.resolve("no-checks"));
        assertThat(run("run", "--lincheck-tests", empty.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(errorText()).hasLineCount(1).contains("no Lincheck check in");
        assertThat(out).isEmptyDirectory();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream o = zip;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
