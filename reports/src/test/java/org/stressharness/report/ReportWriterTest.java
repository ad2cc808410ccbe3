package org.stressharness.report;

import org.stressharness.results.SyntheticRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesRunJsonAndEveryRendering() throws Exception {
        Run run = SyntheticRuns.mixed("r1", SyntheticRuns.host("x86_64", "17.0.15"));
        Path runDir = dir.resolve("r1");
        new ReportWriter().writeAll(run, runDir);
        assertThat(runDir.resolve(RunFile.NAME)).exists();
        assertThat(RunFile.read(runDir)).isEqualTo(run);
        assertThat(Files.readString(runDir.resolve(ReportWriter.HTML))).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(runDir.resolve(ReportWriter.MARKDOWN))).startsWith("## stress-harness run");
        assertThat(Files.readString(runDir.resolve(ReportWriter.JUNIT))).startsWith("<?xml");
        try (Stream<Path> files = Files.list(runDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary files left behind")
                    .containsExactlyInAnyOrder("run.json", "index.html", "summary.md", "junit.xml");
        }
    }

    @Test
    void renderingElsewhereLinksBackToTheRunDirectory() throws Exception {
        Run run = SyntheticRuns.mixed("r1", null);
        Path runDir = dir.resolve("runs/r1");
        Path out = dir.resolve("review");
        new ReportWriter().writeRenderings(run, runDir, out);
        assertThat(Files.readString(out.resolve(ReportWriter.HTML)))
                .contains("<a href=\"../runs/r1/jcstress/org.example.BrokenLock.html\">", "--from " + runDir);
        assertThat(out.resolve(RunFile.NAME)).doesNotExist();
    }
}
