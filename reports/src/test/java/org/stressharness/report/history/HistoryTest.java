package org.stressharness.report.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.report.html.HistoryPage;
import org.stressharness.report.markdown.HistoryMarkdown;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.results.suite.UsageException;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.JcstressDetail.Role;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryTest {

    private static final String JOB = "amd64 / JDK 17";

    @Test
    void tonightIsComparedWithTheLastNightsOfItsJob() {
        List<NightDigest> nights = new ArrayList<>();
        for (int day = 1; day <= 4; day++) {
            boolean tonight = day == 4;
            List<NightDigest.Entry> e = new ArrayList<>();
            e.add(guard("g.Guard", tonight ? 3 : 0));
            e.add(demo("d.Demo", tonight ? 0 : 10));
            e.add(demo("d.Other", 10, tonight ? Map.of("1, 0", 5L, "0, 1", 2L) : Map.of("1, 0", 5L, "0, 1", 0L)));
            if (tonight) {
                e.add(guard("g.New", 0));
            } else {
                e.add(guard("g.Gone", 0));
            }
            nights.add(night(day, "amd64", "17.0.15", e));
        }

        List<News> news = History.of(nights).newTonight(7);

        assertThat(news).extracting(n -> n.kind() + " " + n.test() + ": " + n.what()).containsExactly(
                "VERDICT g.Guard: FAILED (last 3 nights: PASSED)",
                "OUTCOME d.Other: interesting [0, 1] 2 times, not seen in the last 3 nights",
                "OUTCOME g.Guard: forbidden [1, 0] 3 times, not seen in the last 3 nights",
                "LOST_POWER d.Demo: did not fire tonight; fired on each of the last 3 nights",
                "NEW_TEST g.New: first night: PASSED",
                "MISSING g.Gone: did not run tonight (ran on 2026-03-03)");
        assertThat(news).allSatisfy(n -> assertThat(n.job()).isEqualTo(JOB));
    }

    @Test
    void onlyTheLastNNightsCount() {
        List<NightDigest> nights = new ArrayList<>();
        nights.add(night(1, "amd64", "17", List.of(guard("g.Guard", 5))));
        nights.add(night(2, "amd64", "17", List.of(guard("g.Guard", 0))));
        nights.add(night(3, "amd64", "17", List.of(guard("g.Guard", 4))));

        assertThat(History.of(nights).newTonight(1)).extracting(News::kind)
                .containsExactly(News.Kind.VERDICT, News.Kind.OUTCOME);
        assertThat(History.of(nights).newTonight(2)).as("night 1 failed the same way").isEmpty();
    }

    @Test
    void neverSeenAddsUpEveryNightsSamplesAndForksAndFlakyDemonstrationsAreFound() {
        List<NightDigest> nights = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            nights.add(night(day, "aarch64", "21.0.5", List.of(guard("g.Guard", 0), demo("d.Demo", day == 2 ? 0 : 7))));
        }
        History history = History.of(nights);

        TestTrend guard = history.trends().stream().filter(t -> t.test().equals("g.Guard")).findFirst().orElseThrow();
        assertThat(guard.job()).isEqualTo("aarch64 / JDK 21");
        assertThat(guard.neverSeen()).singleElement().satisfies(n -> {
            assertThat(n.outcomes()).containsExactly("1, 0");
            assertThat(n.forbidden()).isTrue();
            assertThat(n.samples()).isEqualTo(3_000_000);
            assertThat(n.forks()).isEqualTo(3 * 28);
        });
        TestTrend demo = history.trends().stream().filter(t -> t.test().equals("d.Demo")).findFirst().orElseThrow();
        assertThat(demo.flaky()).isTrue();
        assertThat(demo.firedNights()).isEqualTo(2);
        assertThat(demo.lastFired()).isEqualTo("2026-03-03");
        assertThat(demo.outcomes()).filteredOn(o -> o.outcome().equals("1, 0")).singleElement().satisfies(o -> {
            assertThat(o.firstSeen()).isEqualTo("2026-03-01");
            assertThat(o.lastSeen()).isEqualTo("2026-03-03");
            assertThat(o.counts()).containsExactly(7L, 0L, 7L);
        });
        assertThat(history.flaky()).containsExactly(demo);
        assertThat(guard.flaky()).as("a guard is never flaky: only a demonstration has power to lose").isFalse();
    }

    @Test
    void runsAndKeptDigestsReadBackAsTheSameNights(@TempDir Path dir) throws IOException {
        Run run = SyntheticRuns.run("20260301-021700-amd64-jdk17-1", SyntheticRuns.host("amd64", "17.0.15"), List.of(
                SyntheticRuns.jcstress("x.Guard", Status.PASSED, 1_000,
                        SyntheticRuns.outcome("0, 0", 1_000, Expectation.ACCEPTABLE),
                        SyntheticRuns.outcome("1, 0", 0, Expectation.FORBIDDEN)),
                SyntheticRuns.lincheck("y.Check", Status.FAILED, "trace")));
        Path runDir = dir.resolve("runs").resolve(run.id());
        Files.createDirectories(runDir);
        RunFile.write(run, runDir.resolve(RunFile.NAME));

        List<NightDigest> fromRun = HistoryStore.read(List.of(dir.resolve("runs")));
        assertThat(fromRun).singleElement().satisfies(n -> {
            assertThat(n.job()).isEqualTo("amd64 / JDK 17");
            assertThat(n.results()).extracting(NightDigest.Entry::name, NightDigest.Entry::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("x.Guard", Status.PASSED),
                            org.assertj.core.groups.Tuple.tuple("y.Check", Status.FAILED));
            assertThat(n.results().get(0).forbidden()).containsExactly(Map.entry("1, 0", 0L));
        });
        assertThat(HistoryStore.keep(fromRun, dir.resolve("kept"))).isEqualTo(1);
        assertThat(HistoryStore.keep(fromRun, dir.resolve("kept"))).as("kept once").isZero();
        assertThat(HistoryStore.read(List.of(dir.resolve("kept")))).isEqualTo(fromRun);
        assertThat(HistoryStore.read(List.of(dir.resolve("kept"), dir.resolve("runs")))).as("one night per run id")
                .hasSize(1);
    }

    @Test
    void unusableInputIsNamedInOneLine(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> HistoryStore.read(List.of(dir.resolve("nope"))))
                .isInstanceOf(UsageException.class).hasMessageEndingWith("nope: no such file or directory");
        assertThatThrownBy(() -> HistoryStore.read(List.of(dir)))
                .isInstanceOf(UsageException.class).hasMessageContaining("no run (run.json) or digest");
        Files.writeString(dir.resolve("x" + NightDigest.SUFFIX), "{\"runId\": ");
        assertThatThrownBy(() -> HistoryStore.read(List.of(dir)))
                .isInstanceOf(UsageException.class).hasMessageContaining("x.digest.json: damaged JSON");
    }

    @Test
    void thePageIsCollapsedFilterableAndDrawsEachRunOfEqualVerdictsOnce() {
        List<NightDigest> nights = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            nights.add(night(day, "amd64", "17", List.of(guard("g.Guard", day == 5 ? 1 : 0))));
        }
        String html = new HistoryPage().render(History.of(nights), 7);

        assertThat(html).contains("id=\"filter\"").contains("<details class=\"result\" data-status=\"FAILED\"")
                .doesNotContain("<details class=\"result\" data-status=\"FAILED\" open")
                .contains("title=\"2026-03-01 to 2026-03-04: PASSED\"").contains("title=\"2026-03-05: FAILED\"");
        String md = new HistoryMarkdown().render(History.of(nights), 7);
        assertThat(md).startsWith("### New tonight against the last 7 nights")
                .contains("| verdict | `g.Guard` | amd64 / JDK 17 | FAILED (last 4 nights: PASSED) |");
    }

    @Test
    void theJdkIsItsMajorVersion() {
        assertThat(NightDigest.major("17.0.15+6-Debian-1deb12u1")).isEqualTo("17");
        assertThat(NightDigest.major("25+36-LTS")).isEqualTo("25");
        assertThat(NightDigest.major("1.8.0_412")).isEqualTo("8");
        assertThat(NightDigest.major(null)).isEqualTo("?");
    }

    private static NightDigest night(int day, String arch, String jdk, List<NightDigest.Entry> entries) {
        String start = String.format("2026-03-%02dT02:17:00Z", day);
        return new NightDigest("run-" + arch + "-" + day, start, arch, NightDigest.major(jdk), "nightly", 3_600_000,
                true, entries);
    }

    private static NightDigest.Entry guard(String name, long forbidden) {
        return new NightDigest.Entry(name, Source.JCSTRESS, forbidden > 0 ? Status.FAILED : Status.PASSED, Role.GUARD,
                1_000_000, 28, Map.of(), Map.of("1, 0", forbidden));
    }

    private static NightDigest.Entry demo(String name, long racy) {
        return demo(name, racy, Map.of("1, 0", racy));
    }

    private static NightDigest.Entry demo(String name, long racy, Map<String, Long> interesting) {
        return new NightDigest.Entry(name, Source.JCSTRESS, racy > 0 ? Status.INTERESTING : Status.PASSED,
                Role.DEMONSTRATION, 1_000_000, 28, interesting, Map.of());
    }
}
