package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gives one line naming the problem, exit 2, and leaves no run directory behind. */
class RunCommandUsageTest {

    @TempDir
    Path out;

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
}
