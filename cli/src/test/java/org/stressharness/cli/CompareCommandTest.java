package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.model.Status;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CompareCommandTest {

    @TempDir
    Path tmp;

    @Test
    void comparesRunsSideBySideWithGapsMarked() throws Exception {
        Path a = ReportFixtures.runDir(tmp, "jdk17", "17.0.15", 0, Status.PASSED);
        Path b = ReportFixtures.runDir(tmp, "jdk25", "25+36", 250, Status.INTERESTING);
        Path out = tmp.resolve("cmp");
        var r = ReportFixtures.harness("compare", a.toString(), b.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Compared 2 runs, 1 tests, 1 differ");
        assertThat(Files.readString(out.resolve("compare.html")))
                .contains("x86_64 · JDK 17.0.15", "x86_64 · JDK 25+36",
                        "never — not observed in 1,000,000 samples (forks not recorded: no bound stated", "0.0250%");
        assertThat(Files.readString(out.resolve("compare.md"))).contains("**never**");
    }

    @Test
    void damagedInputIsNamedInOneLineAndTheOthersStillRender() throws Exception {
        Path a = ReportFixtures.runDir(tmp, "jdk17", "17.0.15", 0, Status.PASSED);
        Path b = ReportFixtures.runDir(tmp, "jdk25", "25+36", 250, Status.INTERESTING);
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("run.json"), "{\"schemaVersion\":1,\"id\":\"x\",\"results\":[{\"source\":");
        Path out = tmp.resolve("cmp");
        var r = ReportFixtures.harness("compare", a.toString(), bad.toString(), b.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains(bad.resolve("run.json").toString());
        assertThat(r.out()).contains("Compared 2 runs");
        assertThat(Files.readString(out.resolve("compare.html")))
                .contains("not compared: " + bad.resolve("run.json"), "jdk17", "jdk25");
    }

    @Test
    void nothingReadableIsAUsageError() {
        Path out = tmp.resolve("cmp");
        var r = ReportFixtures.harness("compare", tmp.resolve("missing").toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains("missing");
        assertThat(out).doesNotExist();
    }
}
