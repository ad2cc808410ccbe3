package org.stressharness.results.json;

import org.stressharness.results.suite.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.results.model.Run;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunFileTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsARun() {
        Run run = SyntheticRuns.mixed("r1", SyntheticRuns.host("x86_64", "17.0.15+6"));
        RunFile.write(run, dir.resolve(RunFile.NAME));
        assertThat(RunFile.read(dir)).isEqualTo(run);
    }

    @Test
    void aKeptRunIsReadCompressed() throws Exception {
        Run run = SyntheticRuns.mixed("r1", SyntheticRuns.host("x86_64", "17.0.15+6"));
        Path plain = dir.resolve("plain").resolve(RunFile.NAME);
        Files.createDirectories(plain.getParent());
        RunFile.write(run, plain);
        Path kept = Files.createDirectories(dir.resolve("kept")).resolve(RunFile.NAME + ".gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(kept))) {
            out.write(Files.readAllBytes(plain));
        }
        assertThat(RunFile.read(kept.getParent())).isEqualTo(run);
        assertThat(RunFile.read(kept)).isEqualTo(run);
    }

    @Test
    void nonFiniteMetricsSurviveTheRoundTrip() {
        var metrics = new java.util.LinkedHashMap<String, Double>();
        metrics.put("predictionErrorPct", Double.NaN);
        metrics.put("bytesPerElement", Double.POSITIVE_INFINITY);
        var result = new org.stressharness.results.model.TestResult(org.stressharness.results.model.Source.SCENARIO,
                "s", null, org.stressharness.results.model.Status.PASSED, 1, null, null, null,
                new org.stressharness.results.model.ScenarioDetail(metrics, java.util.List.of(), null, null));
        Run run = SyntheticRuns.run("nan", null, java.util.List.of(result));
        RunFile.write(run, dir.resolve(RunFile.NAME));
        assertThat(RunFile.read(dir).results().get(0).scenario().metrics())
                .containsEntry("predictionErrorPct", Double.NaN).containsEntry("bytesPerElement",
                        Double.POSITIVE_INFINITY);
    }

    @Test
    void truncatedFileIsAOneLineErrorNamingIt() throws Exception {
        RunFile.write(SyntheticRuns.mixed("r1", null), dir.resolve(RunFile.NAME));
        String text = Files.readString(dir.resolve(RunFile.NAME));
        Files.writeString(dir.resolve(RunFile.NAME), text.substring(0, text.length() / 2));
        assertOneLineErrorNaming(dir, "damaged JSON");
    }

    @Test
    void foreignJsonIsRejected() throws Exception {
        Files.writeString(dir.resolve(RunFile.NAME), "{\"name\":\"some-package\",\"version\":\"1.0\"}");
        assertOneLineErrorNaming(dir, "not a stress-harness run");
    }

    @Test
    void resultsThatAreNotOursAreRejected() throws Exception {
        Files.writeString(dir.resolve(RunFile.NAME), "{\"id\":\"x\",\"results\":[{\"name\":\"a\"}]}");
        assertOneLineErrorNaming(dir, "result 1 lacks source, name or status");
        Files.writeString(dir.resolve(RunFile.NAME), "{\"id\":\"x\",\"results\":[{\"source\":\"JCSTRESS\","
                + "\"name\":\"a\",\"status\":\"SOMETIMES\"}]}");
        assertOneLineErrorNaming(dir, "damaged JSON");
    }

    @Test
    void jsonOfTheWrongShapeIsRejected() throws Exception {
        Files.writeString(dir.resolve(RunFile.NAME), "[1, 2, 3]");
        assertOneLineErrorNaming(dir, "damaged JSON");
    }

    @Test
    void emptyAndMissingFilesAreRejected() throws Exception {
        assertOneLineErrorNaming(dir, "no run.json");
        Files.writeString(dir.resolve(RunFile.NAME), "  \n");
        assertOneLineErrorNaming(dir, "empty file");
    }

    private static void assertOneLineErrorNaming(Path dir, String problem) {
        assertThatThrownBy(() -> RunFile.read(dir)).isInstanceOf(UsageException.class)
                .hasMessageContaining(dir.resolve(RunFile.NAME).toString()).hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
