package org.stressharness.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.cli.fixture.ForkingSuite;
import org.stressharness.cli.fixture.PassingSuite;
import org.stressharness.cli.fixture.SlowSuite;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** Real processes and real signals: an interrupted run keeps what finished; two runs at once stay apart. */
@Tag("robustness")
class InterruptAndConcurrencyTest {

    @TempDir
    Path out;

    private void interruptAfterFirstResult(String signal) throws Exception {
        Process harness = FixtureRuns.start(Map.of("jcstress", SlowSuite.class), out.resolve("harness.log"),
                "--suites", "jcstress", "--out", out.resolve("runs").toString());
        try {
            await().atMost(Duration.ofSeconds(60)).until(()
                    -> FixtureRuns.resultLines(out.resolve("runs"), "jcstress") >= 1);
            new ProcessBuilder("kill", "-" + signal, Long.toString(harness.pid())).start().waitFor();
            assertThat(harness.waitFor(60, TimeUnit.SECONDS)).as("harness ended after SIG" + signal).isTrue();
        } finally {
            harness.descendants().forEach(ProcessHandle::destroyForcibly);
            harness.destroyForcibly();
        }
        String log = Files.readString(out.resolve("harness.log"));
        Run run = FixtureRuns.onlyRun(out.resolve("runs"));
        assertThat(run.complete()).as(log).isFalse();
        assertThat(run.results()).as(log).extracting(TestResult::name).contains("fixture.First");
        assertThat(run.results()).filteredOn(r -> !r.wasNotRun()).extracting(TestResult::status)
                .containsOnly(Status.PASSED);
        assertThat(run.results()).filteredOn(TestResult::wasNotRun).isNotEmpty()
                .allMatch(r -> r.message().contains("interrupted"));
        Path dir = out.resolve("runs").resolve(run.id());
        assertThat(dir.resolve("index.html")).isNotEmptyFile();
        assertThat(out.resolve("runs/latest").toRealPath()).isEqualTo(dir.toRealPath());
        noHalfWrittenFiles(out.resolve("runs"));
        // the suite's JVM was stopped with the harness
        await().atMost(Duration.ofSeconds(10)).until(() -> harness.descendants().noneMatch(ProcessHandle::isAlive));
    }

    @Test
    void sigtermKeepsFinishedResultsAndWritesAnIncompleteReport() throws Exception {
        interruptAfterFirstResult("TERM");
    }

    @Test
    void ctrlCKeepsFinishedResultsAndWritesAnIncompleteReport() throws Exception {
        interruptAfterFirstResult("INT");
    }

    @Test
    void aHarnessKilledWithSigkillLeavesNoProcessBehind() throws Exception {
        Process harness = FixtureRuns.start(Map.of("jcstress", ForkingSuite.class), out.resolve("harness.log"),
                "--suites", "jcstress", "--out", out.resolve("runs").toString());
        List<ProcessHandle> tree;
        try {
            // The suite runner and the fork it starts in its second test: two levels below the harness.
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(out.resolve("harness.log"))
                    .contains("started fork"));
            tree = harness.descendants().toList();
            assertThat(tree).as("suite runner and its fork").hasSizeGreaterThanOrEqualTo(2);
            new ProcessBuilder("kill", "-KILL", Long.toString(harness.pid())).start().waitFor();
            assertThat(harness.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // No shutdown hook ran; the runner notices its parent is gone and takes its own children with it.
            await().atMost(Duration.ofSeconds(15)).until(() -> tree.stream().noneMatch(ProcessHandle::isAlive));
        } finally {
            harness.descendants().forEach(ProcessHandle::destroyForcibly);
            harness.destroyForcibly();
        }
        // Nothing streamed is lost: the directory, with no run.json, still makes a report, marked incomplete.
        Path dir = FixtureRuns.runDirs(out.resolve("runs")).get(0);
        assertThat(dir.resolve("run.json")).doesNotExist();
        assertThat(HarnessCommand.execute("report", dir.toString())).isZero();
        Run run = RunFile.read(dir);
        assertThat(run.complete()).isFalse();
        assertThat(run.results()).extracting(TestResult::name, TestResult::status, TestResult::message)
                .containsExactly(tuple("fixture.First", Status.PASSED, null),
                        tuple("fixture.Second", Status.ERROR, StreamedRun.WAS_RUNNING),
                        tuple("fixture.Third", Status.ERROR, TestResult.NOT_RUN + StreamedRun.NEVER_RAN));
        assertThat(Files.readString(dir.resolve("index.html"))).contains("NO — partial run", StreamedRun.WAS_RUNNING);
    }

    @Test
    void aKilledRunResumesInItsOwnDirectoryWithoutRerunningWhatFinished() throws Exception {
        Process harness = FixtureRuns.start(Map.of("jcstress", SlowSuite.class), out.resolve("harness.log"),
                "--suites", "jcstress", "--out", out.resolve("runs").toString());
        List<ProcessHandle> tree = List.of();
        try {
            await().atMost(Duration.ofSeconds(60)).until(()
                    -> FixtureRuns.resultLines(out.resolve("runs"), "jcstress") >= 1);
            tree = harness.descendants().toList();
            new ProcessBuilder("kill", "-KILL", Long.toString(harness.pid())).start().waitFor();
            assertThat(harness.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<ProcessHandle> orphans = tree;
            await().atMost(Duration.ofSeconds(15)).until(() -> orphans.stream().noneMatch(ProcessHandle::isAlive));
        } finally {
            harness.descendants().forEach(ProcessHandle::destroyForcibly);
            harness.destroyForcibly();
        }
        Path dir = FixtureRuns.runDirs(out.resolve("runs")).get(0);
        List<String> keys = FixtureRuns.swapIn(Map.of("jcstress", SlowSuite.class));
        try {
            assertThat(HarnessCommand.execute("run", "--resume", dir.toString())).isZero();
        } finally {
            keys.forEach(System::clearProperty);
        }
        Run run = RunFile.read(dir);
        assertThat(run.id()).isEqualTo(dir.getFileName().toString());
        assertThat(run.complete()).isTrue();
        assertThat(run.command()).containsExactly("harness", "run", "--suites", "jcstress", "--out",
                out.resolve("runs").toString());
        assertThat(run.results()).extracting(TestResult::name, TestResult::status).containsExactly(
                tuple("fixture.First", Status.PASSED), tuple("fixture.Second", Status.PASSED),
                tuple("fixture.Third", Status.PASSED));
        // fixture.First finished before the kill: it kept its result and did not run again.
        assertThat(Files.readAllLines(dir.resolve("jcstress/results.jsonl"))).hasSize(3);
        assertThat(Files.readAllLines(dir.resolve("jcstress/selection-2.txt"))).doesNotContain("fixture.First");
        assertThat(HarnessCommand.execute("run", "--resume", dir.toString())).as("nothing left to resume").isEqualTo(2);
    }

    @Test
    void twoRunsAtOnceInOneCheckoutDoNotMixTheirOutput() throws Exception {
        Path runs = out.resolve("runs");
        Process a = FixtureRuns.start(Map.of("jcstress", PassingSuite.class), out.resolve("a.log"),
                "--suites", "jcstress", "--out", runs.toString());
        Process b = FixtureRuns.start(Map.of("jcstress", PassingSuite.class), out.resolve("b.log"),
                "--suites", "jcstress", "--out", runs.toString());
        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(a.exitValue()).as(Files.readString(out.resolve("a.log"))).isZero();
        assertThat(b.exitValue()).as(Files.readString(out.resolve("b.log"))).isZero();
        List<Path> dirs = FixtureRuns.runDirs(runs);
        assertThat(dirs).hasSize(2);
        for (Path dir : dirs) {
            Run run = RunFile.read(dir);
            assertThat(run.results()).extracting(TestResult::name)
                    .containsExactly("fixture.First", "fixture.Second", "fixture.Third");
            assertThat(Files.readAllLines(dir.resolve("jcstress/results.jsonl"))).hasSize(3);
        }
        assertThat(dirs).contains(runs.resolve("latest").toRealPath());
        noHalfWrittenFiles(runs);
    }

    private static void noHalfWrittenFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
