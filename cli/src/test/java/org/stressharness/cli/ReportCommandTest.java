package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.model.Status;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void rendersTheRunDirectoryInPlace() throws Exception {
        Path run = ReportFixtures.runDir(tmp, "r1", "17.0.15", 10, Status.INTERESTING);
        var r = ReportFixtures.harness("report", run.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Report of run r1 (1 results)", run.resolve("index.html").toString());
        assertThat(Files.readString(run.resolve("index.html")))
                .contains("org.example.Reorder", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(run.resolve("summary.md")).exists();
        assertThat(run.resolve("junit.xml")).exists();
    }

    @Test
    void rendersIntoAnotherDirectory() {
        Path run = ReportFixtures.runDir(tmp, "r1", "17.0.15", 10, Status.INTERESTING);
        Path out = tmp.resolve("review");
        assertThat(ReportFixtures.harness("report", run.resolve("run.json").toString(), "--out", out.toString())
                .exitCode()).isZero();
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("run.json")).doesNotExist();
    }

    @Test
    void truncatedRunIsAOneLineErrorNamingTheFile() throws Exception {
        Path run = ReportFixtures.runDir(tmp, "r1", "17.0.15", 10, Status.INTERESTING);
        String json = Files.readString(run.resolve("run.json"));
        Files.writeString(run.resolve("run.json"), json.substring(0, json.length() / 3));
        var r = ReportFixtures.harness("report", run.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains(run.resolve("run.json").toString(), "damaged JSON");
        assertThat(run.resolve("index.html")).doesNotExist();
    }

    @Test
    void missingRunDirectoryIsAUsageError() {
        var r = ReportFixtures.harness("report", tmp.resolve("nope").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains("nope");
    }

    @Test
    void aReportThatCannotBeWrittenIsAFaultOfTheMachineryNotBadInput() throws Exception {
        Path run = ReportFixtures.runDir(tmp, "r1", "17.0.15", 10, Status.INTERESTING);
        Path blocked = Files.writeString(tmp.resolve("a-file"), "not a directory");
        var r = ReportFixtures.harness("report", run.toString(), "--out", blocked.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
    }
}
