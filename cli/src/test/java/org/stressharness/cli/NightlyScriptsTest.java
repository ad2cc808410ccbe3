package org.stressharness.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.model.Status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The nightly workflow's report and verdict steps (scripts/nightly-report.sh, scripts/nightly-verdict.sh), run as the
 * workflow runs them over downloaded artifacts, one of which cannot be read: the summary still reports the others,
 * and the night is red and says why.
 */
class NightlyScriptsTest {

    private static final Path ROOT = HarnessHome.locate().root();

    @TempDir
    Path tmp;

    private Path artifacts;
    private Path harness;

    @BeforeEach
    void artifacts() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/jq")) || onPath("jq"), "jq not on PATH: the scripts need it");
        artifacts = tmp.resolve("artifacts");
        ReportFixtures.runDir(Files.createDirectories(artifacts.resolve("run-ubuntu-24.04-jdk17-shard1")), "good",
                "17.0.15", 10, Status.INTERESTING);
        Path jdk25 = Files.createDirectories(artifacts.resolve("run-ubuntu-24.04-jdk25-shard1"));
        Path damaged = ReportFixtures.runDir(jdk25, "damaged", "25.0.1", 10, Status.PASSED);
        String json = Files.readString(damaged.resolve("run.json"));
        Files.writeString(damaged.resolve("run.json"), json.substring(0, json.length() / 2));
        // The harness as the scripts call it, from this build's classes.
        harness = tmp.resolve("harness");
        Files.writeString(harness, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -Dharness.home='" + ROOT + "' -cp '" + System.getProperty("java.class.path")
                + "' org.stressharness.cli.HarnessCommand \"$@\"\n");
        assertThat(harness.toFile().setExecutable(true)).isTrue();
    }

    @Test
    void anUnreadableRunDirectoryIsNamedAndTheSummaryStillReportsTheOthers() throws Exception {
        Path summary = tmp.resolve("summary.md");
        Result r = script("nightly-report.sh", artifacts.toString(), tmp.resolve("combined").toString(),
                tmp.resolve("digests").toString(), summary.toString());

        assertThat(r.exit).as(r.output).isEqualTo(1);
        assertThat(r.output).contains("::warning title=unreadable run directory::" + artifacts
                .resolve("run-ubuntu-24.04-jdk25-shard1/damaged"));
        String text = Files.readString(summary);
        assertThat(text).startsWith("### Run directories that could not be read (left out below)")
                .contains("run-ubuntu-24.04-jdk25-shard1/damaged")
                .contains("| `good` |");
        assertThat(tmp.resolve("combined/history.md")).exists();
        assertThat(tmp.resolve("combined/compare.md")).exists();
        assertThat(artifacts.resolve("run-ubuntu-24.04-jdk17-shard1/good/junit.xml")).exists();
    }

    @Test
    void theVerdictIsRedOnAnUnreadableRunAndAnnotatesIt() throws Exception {
        Result r = script("nightly-verdict.sh", artifacts.toString());
        assertThat(r.exit).as(r.output).isEqualTo(1);
        assertThat(r.output).contains("::error title=unreadable run::" + artifacts
                .resolve("run-ubuntu-24.04-jdk25-shard1/damaged/run.json"));
        assertThat(r.output).doesNotContain("Correctness failures");
    }

    @Test
    void theVerdictIsGreenOnAWholeNightWithoutFailures() throws Exception {
        Path night = tmp.resolve("green");
        ReportFixtures.runDir(Files.createDirectories(night.resolve("run-a")), "a", "17.0.15", 10, Status.INTERESTING);
        Result r = script("nightly-verdict.sh", night.toString());
        assertThat(r.exit).as(r.output).isZero();
    }

    @Test
    void theVerdictNamesAFailureAndAnnotatesItWithItsReason() throws Exception {
        Path night = tmp.resolve("red");
        ReportFixtures.runDir(Files.createDirectories(night.resolve("run-a")), "a", "17.0.15", 3, Status.FAILED);
        Result r = script("nightly-verdict.sh", night.toString());
        assertThat(r.exit).as(r.output).isEqualTo(1);
        assertThat(r.output).contains("Correctness failures:", "JCSTRESS org.example.Reorder",
                "::error title=FAILED JCSTRESS org.example.Reorder::");
    }

    private record Result(int exit, String output) {
    }

    private Result script(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("scripts").resolve(name).toString()));
        command.addAll(List.of(args));
        Path log = tmp.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("HARNESS", harness.toString());
        Process p = pb.start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as(name + " finished").isTrue();
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
