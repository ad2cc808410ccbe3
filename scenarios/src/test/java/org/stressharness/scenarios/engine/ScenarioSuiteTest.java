package org.stressharness.scenarios.engine;

import org.stressharness.results.suite.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.json.ResultLines;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The suite runner forked the way the CLI forks it: its own JVM, the CLI's classpath, the out dir as cwd. */
@Timeout(240)
class ScenarioSuiteTest {

    @TempDir
    Path out;

    /**
     * With --jfr each scenario's twin is recorded; the recording dumped at the alert, while the map is alive, shows its
     * nodes and boxes among the old-object samples, reached from the main thread that holds the map. The file is
     * named relative to the run directory, the suite's output directory's parent, as the report links it.
     */
    @Test
    void aFlightRecordingIsWrittenAndItsOldObjectSamplesShowTheMapAtTheAlert() throws Exception {
        Forked suite = fork(out, "--profile", "smoke", "--only", "^hashmap-default$", "--jfr");
        assertThat(suite.exitCode).as(suite.output).isZero();
        TestResult r = new ResultLines(out.resolve("results.jsonl")).read().get(0);
        org.stressharness.results.model.FlightRecording jfr = r.scenario().flightRecording();
        assertThat(jfr).as(r.message()).isNotNull();
        assertThat(out.getParent().resolve(jfr.file())).isRegularFile();
        assertThat(jfr.file()).isEqualTo(out.getFileName() + "/recorded/hashmap-default-32m.jfr");
        assertThat(jfr.gcCount()).isPositive();
        assertThat(jfr.allocationSites()).isNotEmpty();
        assertThat(jfr.oldObjects()).anySatisfy(o -> {
            assertThat(o.type()).isIn("java.util.HashMap$Node", "java.lang.Integer");
            assertThat(o.root()).contains("main");
            assertThat(o.path()).startsWith("HashMap → HashMap$Node[]");
        });
        assertThat(r.reproduce()).endsWith(" --jfr");
    }

    /**
     * A flight recording takes some of the 32 MB heap a presized table of 16 MB was planned for: under it, the Eclipse
     * map's child died (it loaded its watch's classes after the table) and fastutil's table was halved. The measured
     * child now runs without the recorder, a twin gives the recording; and a table that still had to be halved says
     * so in the verdict.
     */
    @Test
    void aFlightRecordingDoesNotMoveThePresizedPrimitiveMapsFigures() throws Exception {
        Forked suite = fork(out, "--profile", "smoke", "--only", "^(eclipse|fastutil)-presized$", "--jfr");
        assertThat(suite.exitCode).as(suite.output).isZero();
        List<TestResult> results = new ResultLines(out.resolve("results.jsonl")).read();
        assertThat(results).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).as(r.name() + ": " + r.message()).isEqualTo(Status.PASSED);
            assertThat(r.scenario().jvmArgs()).as("the measured child").noneMatch(a -> a.contains("FlightRecording"));
            assertThat(r.scenario().flightRecording()).as("the twin's recording").isNotNull();
            double halvings = r.scenario().metrics().getOrDefault("presizeHalvings", 0.0);
            if (halvings > 0) {
                assertThat(r.message()).contains("the table halved " + (int) halvings + " time");
            } else {
                assertThat(r.message()).doesNotContain("halved");
            }
        });
    }

    @Test
    void appendsOneResultPerScenarioWithTheMetricsTheReportReads() throws Exception {
        Forked suite = fork(out, "--profile", "smoke", "--only", "^(hashmap-default|arraylist-default)$");
        assertThat(suite.exitCode).as(suite.output).isZero();
        assertThat(suite.output).contains("[1/2] arraylist-default ... PASSED").contains("[2/2] hashmap-default ... ");

        List<TestResult> results = new ResultLines(out.resolve("results.jsonl")).read();
        assertThat(results).extracting(TestResult::name).containsExactly("arraylist-default", "hashmap-default");
        for (TestResult r : results) {
            assertThat(r.source()).isEqualTo(Source.SCENARIO);
            // Graded on the deterministic poll: a late notification is a measured lag, never a failure.
            assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
            assertThat(r.scenario().jvmArgs()).contains("-Xmx32m", "-XX:+UseG1GC");
            assertThat(r.scenario().series().size()).isGreaterThan(50);
        }

        Map<String, Double> map = results.get(1).scenario().metrics();   // hashmap-default
        assertThat(map.keySet()).contains("elementsAtOom", "oom", "heapUsedAtOomBytes",
                "heapCommittedAtOomBytes", "heapMaxBytes", "bytesPerElement", "gcCount", "gcTimeMs", "longestPauseMs",
                "growths", "bytesCopied", "peakHeapBytes", "oomAtMs", "predictionHeapBytes", "predictedElementsAtOom",
                "measuredElementsAtPredictionHeap", "predictionErrorPct", "jolBytesPerElement",
                "thresholdExceededElements");
        assertThat(map.get("thresholdHeadroomElements")).isPositive();
        assertThat(map.get("oom")).isEqualTo(1.0);
        assertThat(map.get("growths")).isPositive();
        assertThat(map.get("predictionHeapBytes")).isEqualTo(64.0 * (1 << 20));
        // The bytes per entry measured from the heap and JOL's count of the same structure agree within a quarter.
        assertThat(map.get("bytesPerElement"))
                .isBetween(0.75 * map.get("jolBytesPerElement"), 1.25 * map.get("jolBytesPerElement"));

        Map<String, Double> list = results.get(0).scenario().metrics();   // arraylist-default
        assertThat(list.get("oom")).isZero();
        assertThat(list.get("growths")).isPositive();
        assertThat(list.get("bytesCopied")).isPositive();
        assertThat(Files.list(out).map(p -> p.getFileName().toString()))
                .contains("hashmap-default-32m.probe.jsonl", "hashmap-default-64m.probe.jsonl");
    }

    @Test
    void testsTheUsersMapAndReportsAMissingClassAsAnError() throws Exception {
        Path tree = out.resolve("tree");
        Forked suite = fork(tree, "--profile", "smoke", "--heap", "16m", "--only", "user-map",
                "--map", "java.util.TreeMap");
        assertThat(suite.exitCode).as(suite.output).isZero();
        TestResult result = new ResultLines(tree.resolve("results.jsonl")).read().get(0);
        assertThat(result.scenario().metrics().get("elementsAtOom")).isPositive();
        assertThat(result.status()).as(result.message()).isEqualTo(Status.PASSED);
        // The histogram comes with the notification, whose timing is not graded: when there is one, the user's
        // map's entries are on top.
        result.scenario().topClasses().stream().findFirst()
                .ifPresent(top -> assertThat(top.className()).isEqualTo("java.util.TreeMap$Entry"));

        Path none = out.resolve("none");
        suite = fork(none, "--profile", "smoke", "--heap", "16m", "--only", "user-map",
                "--map", "com.example.NoSuchMap");
        assertThat(suite.exitCode).as(suite.output).isZero();
        TestResult missing = new ResultLines(none.resolve("results.jsonl")).read().get(0);
        assertThat(missing.status()).isEqualTo(Status.ERROR);
        assertThat(missing.message()).contains("ClassNotFoundException").contains("com.example.NoSuchMap");
        assertThat(missing.output()).contains("com.example.NoSuchMap");
    }

    @Test
    void anInvalidHeapIsAUsageError() throws Exception {
        Forked suite = fork(out, "--profile", "smoke", "--heap", "lots");
        assertThat(suite.exitCode).isEqualTo(ExitCode.USAGE.code());
        assertThat(suite.output.strip()).isEqualTo("scenarios: invalid heap size 'lots' (expected e.g. 64m, 1g, 512k)");
        assertThat(out.resolve("results.jsonl")).doesNotExist();
    }

    private record Forked(int exitCode, String output) {
    }

    private static Forked fork(Path dir, String... args) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(),
                "-cp", SuiteClassPath.get(), ScenarioSuite.class.getName(), "--out", dir.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir.getParent(), "suite", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        await().atMost(Duration.ofSeconds(200)).until(() -> !p.isAlive());
        return new Forked(p.exitValue(), Files.readString(log));
    }
}
