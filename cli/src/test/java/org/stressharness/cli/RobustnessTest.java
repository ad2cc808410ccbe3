package org.stressharness.cli;

import org.stressharness.results.suite.ExitCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.cli.fixture.CrashingSuite;
import org.stressharness.cli.fixture.HangingSuite;
import org.stressharness.cli.fixture.OutOfMemorySuite;
import org.stressharness.cli.fixture.PassingSuite;
import org.stressharness.cli.fixture.SlowSuite;
import org.stressharness.cli.fixture.BackwardsCrashingSuite;
import org.stressharness.cli.fixture.FixtureSuite;
import org.stressharness.cli.fixture.UnstartableSuite;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A suite's JVM that crashes, runs out of memory or hangs is recorded as ERROR with its output, and the run
 * goes on. Uses fixture runners that misbehave on purpose in their second test.
 */
@Tag("robustness")
class RobustnessTest {

    @TempDir
    Path out;

    private final List<String> keys = new ArrayList<>();

    @AfterEach
    void restore() {
        keys.forEach(System::clearProperty);
    }

    private Run runWith(Class<?> jcstress, String... extra) throws Exception {
        keys.addAll(FixtureRuns.swapIn(Map.of("jcstress", jcstress, "lincheck", PassingSuite.class)));
        List<String> args = new ArrayList<>(List.of("run", "--profile", "smoke", "--suites", "jcstress,lincheck",
                "--out", out.toString()));
        args.addAll(List.of(extra));
        int exit = HarnessCommand.execute(args.toArray(String[]::new));
        assertThat(exit).as("an ERROR result makes exit 4, not the usage error's 2").isEqualTo(4);
        return FixtureRuns.onlyRun(out);
    }

    private static TestResult named(Run run, Source source, String name) {
        return run.results().stream().filter(r -> r.source() == source && r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no result " + name + " in " + run.results()));
    }

    /** The fixture's second test, charged with the JVM that halted under it: ERROR, with the exit status. */
    private static TestResult crashedInSecond(Run run) {
        TestResult crashed = named(run, Source.JCSTRESS, "fixture.Second");
        assertThat(crashed.status()).isEqualTo(Status.ERROR);
        assertThat(crashed.message()).contains("exited with 134");
        return crashed;
    }

    private static void theRunWentOn(Run run) {
        assertThat(run.complete()).isTrue();
        assertThat(run.results().stream().filter(r -> r.source() == Source.LINCHECK))
                .extracting(TestResult::status).containsExactly(Status.PASSED, Status.PASSED, Status.PASSED);
    }

    @Test
    void theTestChargedWithACrashIsTheOneTheRunnerAnnounced() throws Exception {
        Run run = runWith(BackwardsCrashingSuite.class);
        assertThat(named(run, Source.JCSTRESS, "fixture.Third").status()).isEqualTo(Status.PASSED);
        assertThat(crashedInSecond(run).message()).contains("while running this test");
        assertThat(named(run, Source.JCSTRESS, "fixture.First").status()).as("it never ran in the JVM that died")
                .isEqualTo(Status.PASSED);
        Path suiteDir = out.resolve(run.id()).resolve("jcstress");
        assertThat(Files.readAllLines(suiteDir.resolve("selection-1.txt")))
                .containsExactly("fixture.First", "fixture.Second", "fixture.Third");
        assertThat(Files.readAllLines(suiteDir.resolve("selection-2.txt"))).containsExactly("fixture.First");
        theRunWentOn(run);
    }

    @Test
    void aCrashedForkIsAnErrorWithItsOutputAndTheRunGoesOn() throws Exception {
        Run run = runWith(CrashingSuite.class);
        assertThat(named(run, Source.JCSTRESS, "fixture.First").status()).isEqualTo(Status.PASSED);
        assertThat(crashedInSecond(run).output()).contains("about to crash in fixture.Second");
        assertThat(named(run, Source.JCSTRESS, "fixture.Third").status()).as("a new JVM runs the rest")
                .isEqualTo(Status.PASSED);
        theRunWentOn(run);
    }

    @Test
    void aSuiteThatCannotStartIsGivenUpAfterTwoJvmsWithoutAResult() throws Exception {
        Run run = runWith(UnstartableSuite.class);
        // The JVM announced no test, so none is blamed as "running": each is an ERROR for not having run.
        for (String test : FixtureSuite.TESTS) {
            TestResult r = named(run, Source.JCSTRESS, test);
            assertThat(r.status()).isEqualTo(Status.ERROR);
            assertThat(r.message()).isEqualTo(
                    "no result: the suite's JVM exited with 3 twice in a row before any result; not started again");
        }
        String log = Files.readString(out.resolve(run.id()).resolve("jcstress").resolve("console.log"));
        assertThat(log.split("cannot start the engine", -1)).as("two JVMs, not three").hasSize(3);
        theRunWentOn(run);
    }

    @Test
    void anOutOfMemoryErrorInAForkIsAnErrorWithItsOutput() throws Exception {
        Run run = runWith(OutOfMemorySuite.class);
        TestResult oom = named(run, Source.JCSTRESS, "fixture.Second");
        assertThat(oom.status()).isEqualTo(Status.ERROR);
        assertThat(oom.output()).contains("java.lang.OutOfMemoryError");
        theRunWentOn(run);
    }

    @Test
    void aHungTestIsStoppedAfterTheTestTimeoutWithAThreadDumpAndTheSuiteGoesOn() throws Exception {
        Run run = runWith(HangingSuite.class, "--test-timeout", "3s");
        // HangingSuite runs Third, Second (hangs), First.
        assertThat(named(run, Source.JCSTRESS, "fixture.Third").status()).isEqualTo(Status.PASSED);
        TestResult hung = named(run, Source.JCSTRESS, "fixture.Second");
        assertThat(hung.status()).isEqualTo(Status.ERROR);
        assertThat(hung.message()).startsWith("TIMEOUT: no result after 3.0s");
        assertThat(hung.durationMs()).isEqualTo(3_000);
        assertThat(hung.output()).contains("Full thread dump").contains("HangingSuite.spinForever");
        assertThat(named(run, Source.JCSTRESS, "fixture.First").status()).as("a new JVM runs the rest")
                .isEqualTo(Status.PASSED);
        assertThat(run.results()).filteredOn(r -> r.source() == Source.JCSTRESS).extracting(TestResult::name)
                .containsExactly("fixture.Third", "fixture.Second", "fixture.First");
        theRunWentOn(run);
    }

    @Test
    void aSuiteThatOutlivesTheSuiteTimeoutIsStoppedWithAThreadDump() throws Exception {
        Run run = runWith(HangingSuite.class, "--suite-timeout", "5s", "--test-timeout", "1h");
        assertThat(named(run, Source.JCSTRESS, "fixture.Third").status()).isEqualTo(Status.PASSED);
        TestResult hung = named(run, Source.JCSTRESS, "fixture.Second");
        assertThat(hung.status()).isEqualTo(Status.ERROR);
        assertThat(hung.message()).contains("TIMEOUT: the suite was stopped after 5.0s");
        assertThat(hung.output()).contains("Full thread dump").contains("HangingSuite.spinForever");
        assertThat(named(run, Source.JCSTRESS, "fixture.First").status()).isEqualTo(Status.ERROR);
        theRunWentOn(run);
    }

    @Test
    void anOnlyThatMatchesNothingIsAUsageErrorAndLeavesNoRun() throws Exception {
        keys.addAll(FixtureRuns.swapIn(Map.of("jcstress", PassingSuite.class, "lincheck", PassingSuite.class)));
        int exit = HarnessCommand.execute("run", "--suites", "jcstress,lincheck", "--only", "NoSuchTest",
                "--out", out.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(FixtureRuns.runDirs(out)).isEmpty();
    }

    @Test
    void aBudgetStopsTheRunCleanlyAndMarksItPartial() throws Exception {
        keys.addAll(FixtureRuns.swapIn(Map.of("jcstress", SlowSuite.class)));
        int exit = HarnessCommand.execute("run", "--suites", "jcstress", "--budget", "6s", "--out", out.toString());
        Run run = FixtureRuns.onlyRun(out);
        assertThat(exit).as("planned tests never ran: a cut-short night has an exit status of its own")
                .isEqualTo(ExitCode.INCOMPLETE.code());
        assertThat(run.complete()).isFalse();
        assertThat(run.results()).filteredOn(r -> !r.wasNotRun()).extracting(TestResult::status)
                .containsOnly(Status.PASSED);
        assertThat(run.results()).filteredOn(TestResult::wasNotRun).extracting(TestResult::name, TestResult::status)
                .contains(tuple("fixture.Third", Status.ERROR));
        assertThat(run.results()).filteredOn(TestResult::wasNotRun).extracting(TestResult::message)
                .allMatch(m -> m.contains("time budget"));
        Path runDir = out.resolve(run.id());
        String html = Files.readString(runDir.resolve("index.html"));
        assertThat(html.indexOf("NOT RUN</span>")).as("listed first").isPositive()
                .isLessThan(html.indexOf("<table class=\"kv\">"));
        assertThat(Files.readString(runDir.resolve("summary.md"))).contains("NOT RUN**").contains("`Third`");
    }

    @Test
    void shardsOfARunTogetherCoverTheWholeSuite() throws Exception {
        keys.addAll(FixtureRuns.swapIn(Map.of("jcstress", PassingSuite.class)));
        List<String> names = new ArrayList<>();
        for (String shard : List.of("1/2", "2/2")) {
            Path dir = out.resolve("shard" + shard.charAt(0));
            assertThat(HarnessCommand.execute("run", "--suites", "jcstress", "--shard", shard, "--out", dir.toString()))
                    .isZero();
            FixtureRuns.onlyRun(dir).results().forEach(r -> names.add(r.name()));
        }
        assertThat(names).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                List.of("fixture.First", "fixture.Second", "fixture.Third"));
    }
}
