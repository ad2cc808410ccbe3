package org.stressharness.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.cli.fixture.CrashingSuite;
import org.stressharness.cli.fixture.FlakySuite;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Host;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReproduceCommandTest {

    @TempDir
    Path runDir;

    @TempDir
    Path outDir;

    private final List<String> keys = new ArrayList<>();
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream stdout;

    @BeforeEach
    void recordARun() {
        keys.addAll(FixtureRuns.swapIn(Map.of("jcstress", FlakySuite.class)));
        Host host = HostProbe.current();
        RunFile.write(new Run(Run.SCHEMA_VERSION, "recorded", "2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z", "smoke",
                true, List.of("harness", "run", "--profile", "smoke"), host, List.of(new TestResult(Source.JCSTRESS,
                "fixture.Flaky", null, Status.INTERESTING, 10, null, null,
                null, null))), runDir.resolve("run.json"));
        stdout = System.out;
        System.setOut(new PrintStream(captured, true));
        System.setProperty(HarnessHome.OUT_PROPERTY, outDir.toString());
        keys.add(HarnessHome.OUT_PROPERTY);
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        keys.forEach(System::clearProperty);
    }

    @Test
    void theRunItReproducesFromIsOnlyReadAndTheAttemptsGoUnderTheOutputDirectory() throws Exception {
        int exit = HarnessCommand.execute("reproduce", "Flaky", "--from", runDir.toString(), "--outcome", "1, 1",
                "--until-observed", "--max-time", "2m");

        assertThat(exit).as(captured.toString()).isZero();
        try (var files = java.nio.file.Files.list(runDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("run.json");
        }
        assertThat(outDir.resolve("reproduce").resolve("recorded")).isDirectory();
    }

    @Test
    void aTimeLimitWithoutUntilObservedOrNotADurationIsAUsageError() {
        assertThat(HarnessCommand.execute("reproduce", "Flaky", "--from", runDir.toString(), "--max-time", "5m"))
                .isEqualTo(2);
        assertThat(HarnessCommand.execute("reproduce", "Flaky", "--from", runDir.toString(), "--until-observed",
                "--max-time", "5x")).isEqualTo(2);
        assertThat(outDir).isEmptyDirectory();
    }

    /** Reports print --from reports/out/<run>, relative to where harness runs; the suite runs elsewhere. */
    @ParameterizedTest(name = "--from given {0}")
    @ValueSource(strings = {"absolute", "relative"})
    void untilObservedRepeatsUntilTheOutcomeShowsUpAndSaysWhatItTook(String given) {
        Path from = given.equals("absolute") ? runDir : Path.of("").toAbsolutePath().relativize(runDir);
        int exit = HarnessCommand.execute("reproduce", "Flaky", "--from", from.toString(), "--outcome", "1, 1",
                "--until-observed", "--max-time", "2m");
        assertThat(exit).as(captured.toString()).isZero();
        assertThat(captured.toString()).contains("Reproduced outcome [1, 1]: seen 7 times in 3000 samples (3 attempts");
    }

    @Test
    void oneAttemptThatMissesReportsTheUpperBound() {
        int exit = HarnessCommand.execute("reproduce", "fixture.Flaky", "--from",
                runDir.toString(), "--outcome", "1, 1");
        assertThat(exit).isEqualTo(1);
        assertThat(captured.toString()).contains("not seen in 1000 samples (1 attempt")
                .contains("not seen in 1000 samples (1 attempt")
                .contains("the attempts are the independent units: with 95% confidence fewer than 95.00% of attempts")
                .doesNotContain("0.00300");
    }

    @Test
    void aScenarioIsReproducedWithTheRunsHeapAndCollector() {
        keys.addAll(FixtureRuns.swapIn(Map.of("scenarios", FlakySuite.class)));
        RunFile.write(new Run(Run.SCHEMA_VERSION, "recorded", "2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z", "smoke",
                true, List.of("harness", "run", "--heap", "48m", "--gc", "Serial", "--heap-dump", "--jfr"),
                        HostProbe.current(),
                List.of(new TestResult(Source.SCENARIO, "fixture.Flaky", null, Status.PASSED, 10, null, null, null,
                        null))), runDir.resolve("run.json"));
        HarnessCommand.execute("reproduce", "fixture.Flaky", "--from", runDir.toString());
        assertThat(captured.toString()).contains("[scenarios] args: --profile smoke --out ")
                .contains("--heap 48m --gc Serial --heap-dump --jfr");
    }

    @Test
    void anAttemptWhoseJvmCrashedIsAnErrorNotANegativeFinding() {
        keys.addAll(FixtureRuns.swapIn(Map.of("jcstress", CrashingSuite.class)));
        RunFile.write(new Run(Run.SCHEMA_VERSION, "recorded", "2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z", "smoke",
                true, List.of("harness", "run"), HostProbe.current(), List.of(new TestResult(Source.JCSTRESS,
                "fixture.Second", null, Status.INTERESTING, 10, null, null, null, null))), runDir.resolve("run.json"));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(errors, true));
        int exit;
        try {
            exit = HarnessCommand.execute("reproduce", "fixture.Second", "--from", runDir.toString(),
                    "--until-observed", "--max-time", "2m");
        } finally {
            System.setErr(stderr);
        }
        assertThat(exit).as(captured.toString()).isEqualTo(4);
        assertThat(errors.toString()).contains("ERROR: attempt 1").contains("no result for the test")
                .contains("exited with 134");
        assertThat(captured.toString()).doesNotContain("Not reproduced");
    }

    @Test
    void anUnknownTestIsAUsageError() {
        assertThat(HarnessCommand.execute("reproduce", "NoSuchTest", "--from", runDir.toString())).isEqualTo(2);
    }
}
