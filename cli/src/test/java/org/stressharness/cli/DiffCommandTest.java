package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.model.Status;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DiffCommandTest {

    @TempDir
    Path tmp;

    @Test
    void newFailureExitsOne() throws Exception {
        Path base = ReportFixtures.runDir(tmp, "base", "17.0.15", 0, Status.PASSED);
        Path cur = ReportFixtures.runDir(tmp, "cur", "17.0.15", 3, Status.FAILED);
        var r = ReportFixtures.harness("diff", base.toString(), cur.toString(), "--out", tmp.resolve("d").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("### New failures (1)", "`org.example.Reorder` `0, 0`: forbidden outcome seen 3 "
                + "times");
        assertThat(Files.readString(tmp.resolve("d/diff.md"))).isEqualTo(r.out());
    }

    @Test
    void newlyInterestingIsNotAFailure() {
        Path base = ReportFixtures.runDir(tmp, "base", "17.0.15", 0, Status.PASSED);
        Path cur = ReportFixtures.runDir(tmp, "cur", "25+36", 40, Status.INTERESTING);
        var r = ReportFixtures.harness("diff", base.toString(), cur.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("No new failures.", "### Newly observed interesting outcomes (1)");
    }

    @Test
    void unreadableBaselineIsAOneLineErrorNamingIt() throws Exception {
        Path base = tmp.resolve("base");
        Files.createDirectories(base);
        Files.writeString(base.resolve("run.json"), "");
        Path cur = ReportFixtures.runDir(tmp, "cur", "17.0.15", 3, Status.FAILED);
        var r = ReportFixtures.harness("diff", base.toString(), cur.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains(base.resolve("run.json").toString(), "empty file");
    }

    @Test
    void missingArgumentIsAUsageError() {
        var r = ReportFixtures.harness("diff", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains("CURRENT");
    }
}
