package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.report.bench.BenchReport.JmhResult;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class JmhBenchmarksTest {

    @TempDir
    Path dir;

    @Test
    void readsScoresAndAllocationFromJmhJson() throws Exception {
        Path json = Files.writeString(dir.resolve("jmh.json"), """
                [ {
                    "benchmark" : "org.stressharness.benchmarks.ReportBenchmarks.renderHtml",
                    "mode" : "avgt",
                    "params" : { "results" : "5000" },
                    "primaryMetric" : { "score" : 212.5, "scoreError" : 7.25, "scoreUnit" : "ms/op" },
                    "secondaryMetrics" : { "gc.alloc.rate.norm" : { "score" : 1.5E8, "scoreUnit" : "B/op" } }
                  }, {
                    "benchmark" : "org.stressharness.benchmarks.ReportBenchmarks.readRunJson",
                    "mode" : "avgt",
                    "params" : { "results" : "500" },
                    "primaryMetric" : { "score" : 4.25, "scoreError" : "NaN", "scoreUnit" : "ms/op" },
                    "secondaryMetrics" : { }
                } ]
                """);
        assertThat(JmhBenchmarks.read(json)).containsExactly(
                new JmhResult("renderHtml", 5000, 212.5, 7.25, "ms/op", 1.5e8),
                new JmhResult("readRunJson", 500, 4.25, Double.NaN, "ms/op", Double.NaN));
    }
}
