package org.stressharness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stressharness.report.history.HistoryStore;
import org.stressharness.report.history.NightDigest;
import org.stressharness.results.json.Json;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON contract holds across the code's reshaping: a kept run, read into the model and written again, is the
 * same JSON tree, field for field (a renamed, dropped or re-typed field of the model changes it).
 */
class KeptRunJsonTest {

    private static final Path ROOT = HarnessHome.locate().root();

    @ParameterizedTest
    @ValueSource(strings = {"docs/runs/x86_64-quick/run.json.gz", "docs/runs/x86_64-smoke/run.json.gz",
            "docs/runs/x86_64-scenarios-quick/20261206-151901-amd64-jdk17-3a9d.run.json.gz"})
    void aKeptRunReadAndWrittenAgainIsTheSameJson(String kept) throws IOException {
        Path file = ROOT.resolve(kept);
        JsonNode original;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            original = Json.mapper().readTree(in);
        }
        Run run = RunFile.read(file);

        JsonNode again = Json.mapper().readTree(Json.mapper().writeValueAsBytes(run));

        assertThat(original.get("results")).hasSizeGreaterThan(10);
        assertThat(again).isEqualTo(original);
    }

    /**
     * The kept quick run was written before NOT_OBSERVED existed: its three demonstrations that did not break say
     * PASSED. Every count of the harness reads them as NOT_OBSERVED, so a new run and an old one agree.
     */
    @Test
    void aKeptRunFromBeforeNotObservedReadsItsDemonstrationsThatDidNotBreakAsNotObserved() {
        Run quick = RunFile.read(ROOT.resolve("docs/runs/x86_64-quick/run.json.gz"));
        assertThat(quick.results()).noneMatch(r -> r.status() == Status.NOT_OBSERVED);
        assertThat(quick.countByStatus().get(Status.NOT_OBSERVED)).isEqualTo(3);
        assertThat(quick.countByStatus().get(Status.PASSED)).isEqualTo(68);
        assertThat(NightDigest.of(quick).results()).filteredOn(e -> e.status() == Status.NOT_OBSERVED).hasSize(3);
    }

    @Test
    void historyReadsEveryKeptRunWhateverItsFileIsCalled() throws IOException {
        Path runs = ROOT.resolve("docs/runs");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(runs)) {
            files = walk.filter(Files::isRegularFile).filter(RunFile::isRunFile).toList();
        }
        Set<String> ids = files.stream().map(f -> RunFile.read(f).id()).collect(Collectors.toSet());

        List<NightDigest> nights = HistoryStore.read(List.of(runs));

        assertThat(files).hasSizeGreaterThan(20);
        assertThat(nights).extracting(NightDigest::runId).containsExactlyInAnyOrderElementsOf(ids);
    }
}
