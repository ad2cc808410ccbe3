package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.report.history.NightDigest;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryCommandTest {

    @TempDir
    Path tmp;

    @Test
    void twoNightsGiveATrendPageASummaryAndKeptDigests() throws Exception {
        Path first = night("2026-03-01", 0);
        Path second = night("2026-03-02", 2);
        Path out = tmp.resolve("history");
        Path keep = tmp.resolve("kept");

        var r = ReportFixtures.harness("history", first.toString(), second.toString(), "--out", out.toString(),
                "--keep", keep.toString(), "--last", "3");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("History of 2 runs, 2 nights, 1 jobs, 1 tests").contains("Kept 2 new digests");
        assertThat(Files.readString(out.resolve("history.md"))).startsWith("### New tonight against the last 3 nights")
                .contains("| verdict | `org.example.Guard` | x86_64 / JDK 17 | FAILED (last 1 night: PASSED) |");
        assertThat(Files.readString(out.resolve("history.html"))).contains("org.example.Guard");
        try (var files = Files.list(keep)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n
                    -> n.endsWith(NightDigest.SUFFIX)).hasSize(2);
        }

        // The next morning needs only the kept digests and the new run.
        var again = ReportFixtures.harness("history", keep.toString(), night("2026-03-03", 0).toString(),
                "--out", out.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("History of 3 runs, 3 nights");
    }

    @Test
    void theFirstNightStartsTheKeptStoreItIsGivenAsAnInput() throws Exception {
        Path keep = tmp.resolve("history-digests");
        var r = ReportFixtures.harness("history", "--keep", keep.toString(), keep.toString(),
                night("2026-03-01", 0).toString(), "--out", tmp.resolve("h").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("History of 1 runs").contains("Kept 1 new digest in");
        var nothing = ReportFixtures.harness("history", "--keep", tmp.resolve("empty").toString(),
                tmp.resolve("empty").toString(), "--out", tmp.resolve("h2").toString());
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).startsWith("harness: no runs to read: ");
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        var missing = ReportFixtures.harness("history", tmp.resolve("missing").toString(), "--out",
                tmp.resolve("o").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).hasLineCount(1).startsWith("harness: ").endsWith("missing: no such file or "
                + "directory");

        var last = ReportFixtures.harness("history", tmp.toString(), "--last", "0");
        assertThat(last.exitCode()).isEqualTo(2);
        assertThat(last.err()).isEqualTo("harness: --last must be at least 1");
    }

    private Path night(String day, long forbidden) {
        Run base = SyntheticRuns.run("run-" + day, SyntheticRuns.host("x86_64", "17.0.15"), List.of(
                SyntheticRuns.jcstress("org.example.Guard", forbidden > 0 ? Status.FAILED : Status.PASSED, 1_000,
                        SyntheticRuns.outcome("0, 0", 1_000 - forbidden, Expectation.ACCEPTABLE),
                        SyntheticRuns.outcome("1, 0", forbidden, Expectation.FORBIDDEN))));
        Run run = new Run(base.schemaVersion(), base.id(), day + "T02:17:00Z", day + "T03:17:00Z", "nightly", true,
                base.command(), base.host(), base.results());
        Path dir = tmp.resolve("runs").resolve(run.id());
        RunFile.write(run, dir.resolve(RunFile.NAME));
        return dir;
    }
}
