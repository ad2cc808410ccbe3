package org.stressharness.report.bench;

import org.junit.jupiter.api.Test;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.report.bench.BenchReport.Detection;
import org.stressharness.report.bench.BenchReport.GuardBound;
import org.stressharness.report.bench.BenchReport.JmhResult;
import org.stressharness.report.bench.BenchReport.LincheckThroughput;
import org.stressharness.report.bench.BenchReport.RenderCost;
import org.stressharness.report.bench.BenchReport.ScenarioCost;
import org.stressharness.report.bench.BenchReport.SuiteCost;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchMarkdownTest {

    private static BenchReport report() {
        return new BenchReport("bench-1", "2026-01-01T00:00:00Z", "2026-01-01T00:30:00Z",
                SyntheticRuns.host("x86_64", "17.0.15"), List.of("harness", "bench"),
                List.of(new SuiteCost("quick", 2, 540, 1010, 76, Map.of("jcstress", 290.0, "lincheck", 200.0,
                        "scenarios", 95.0), 1, 50, 0, "runs/quick-2cpu/x")),
                List.of(new Detection("quick", "org.example.maps.HashMapLostPut", 0.4, 1_000_000, 3, 3,
                        List.of(9.0, 7.0, 30.0), List.of(900_000L, 700_000L, 3_000_000L)),
                        new Detection("quick", "org.example.publication.PlainSnapshotPublication", 0, 5_000_000, 0, 0,
                                List.of(), List.of())),
                List.of(new GuardBound("quick", "org.example.maps.ConcurrentMapLostPut", 3_000_000, 28, 0.101)),
                List.of(new LincheckThroughput("quick", "ConcurrentHashMapLinearizable.stress", "stress", false,
                        false, 20,
                        10_000, 500)),
                List.of(new ScenarioCost("quick", "hashmap-default", 2.5, 1_572_864, 2.0, 1_600_000)),
                List.of(new RenderCost(5000, 250, 172, 8_300_000, 9_800_000)),
                List.of(new JmhResult("renderHtml", 5000, 212.5, 7.25, "ms/op", 1.5e8)));
    }

    @Test
    void rendersEverySectionWithMedianAndWorst() {
        String md = new BenchMarkdown().render(report());
        assertThat(md).contains("| quick | 2 | 9.0 min | 16.8 min | 76 |")
                .contains("| quick | `maps.HashMapLostPut` | 40.0% | 1.00M | 3/3 | 9.00 s / 30 s | 900.0k / 3.00M |")
                .contains("| quick | `publication.PlainSnapshotPublication` | 0.0% | 5.00M | 0/0 | – / – | – / – |")
                .contains("| quick | `maps.ConcurrentMapLostPut` | 3.00M | 28 | 0.10 |")
                .contains("| quick | `ConcurrentHashMapLinearizable.stress` | stress | no | no | 20 s | 10.0k | 500 |")
                .contains("| quick | hashmap-default | 2.50 s | 1.57M | 2.00 s | 1.60M |")
                .contains("| 5000 | 250 ms | 172 MB | 8.3 MB | 9.8 MB |")
                .contains("| renderHtml | 5000 | 212.50 ms/op | 7.25 | 150.0 MB |");
    }

    @Test
    void setsReproducingInTheShowingConfigurationBesideTheWholeProfile() {
        BenchReport whole = report();
        Detection exact = new Detection("nightly", "org.example.publication.SnapshotPublication.PlainField", 5.6e-5,
                192_000_000, 3, 3, List.of(60.0, 58.0, 120.0), List.of(1L, 1L, 2L), List.of(1, 1, 2),
                "JVM [-XX:+StressLCM, -XX:StressSeed=7], C2, C1", 3, List.of(6.0, 5.0, 7.0), 10, 9, 3.2e6,
                List.of(12.5, 4.0, 30.0, 8.0));
        BenchReport b = new BenchReport(whole.id(), whole.startedAt(), whole.finishedAt(), whole.host(),
                whole.command(),
                List.of(), List.of(exact), List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(new BenchMarkdown().render(b)).contains("| nightly | `SnapshotPublication.PlainField` | 2/3 "
                + "| 60 s | `JVM [-XX:+StressLCM, -XX:StressSeed=7], C2, C1` | 3/3 | 6.00 s / 7.00 s | 10.0x |")
                .contains("| nightly | `SnapshotPublication.PlainField` | 9/10 | 10 s / 30 s | 3.20M |");
    }

    @Test
    void withoutRepeatedAttemptsTheDetectionTableHasNoAttemptColumns() {
        BenchReport whole = report();
        Detection runsOnly = new Detection("quick", "org.example.fences.FlagFences.ReleaseFenceAfterFlag", 1.6e-4,
                74_000_000, 0, 0, List.of(), List.of(), List.of(), null, 0, List.of(), 3, 3, 1.2e7,
                List.of(2.0, 1.5, 6.8));
        BenchReport b = new BenchReport(whole.id(), whole.startedAt(), whole.finishedAt(), whole.host(),
                whole.command(),
                List.of(), List.of(runsOnly), List.of(), List.of(), List.of(), List.of(), List.of());

        String md = new BenchMarkdown().render(b);

        assertThat(md).contains("| profile | test | racy frequency | samples |\n|---|---|---|---|\n")
                .contains("| quick | `FlagFences.ReleaseFenceAfterFlag` | 0.016% | 74.00M |\n")
                .contains("| quick | `FlagFences.ReleaseFenceAfterFlag` | 3/3 | 2.00 s / 6.80 s | 12.00M |")
                .doesNotContain("0/0").doesNotContain("counts whole attempts");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(BenchMarkdown.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(BenchMarkdown.worst(List.of(4.0, 1.0))).isEqualTo(4.0);
        assertThat(BenchMarkdown.median(List.of())).isNaN();
    }
}
