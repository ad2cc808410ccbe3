package org.stressharness.cli;

import org.stressharness.results.suite.UsageException;
import com.fasterxml.jackson.databind.JsonNode;
import org.stressharness.report.bench.BenchReport.JmhResult;
import org.stressharness.results.json.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the JMH benchmarks of the report code (module {@code benchmarks}) and reads JMH's JSON result. */
final class JmhBenchmarks {

    private JmhBenchmarks() {
    }

    static List<JmhResult> run(HarnessHome home, Path dir, PrintStream console) throws InterruptedException {
        Path jar = home.module("benchmarks").resolve("target/benchmarks.jar");
        if (!Files.isRegularFile(jar)) {
            throw new UsageException(jar + " is missing: build first (./mvnw -DskipTests package, or use ./harness)");
        }
        Path json = dir.resolve("jmh.json");
        console.println("== bench: JMH benchmarks of the report code (about 2 minutes)");
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "-prof", "gc", "-rf", "json", "-rff", json.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("jmh.log").toFile()).start();
            int exit = p.waitFor();
            if (exit != 0 || !Files.exists(json)) {
                throw new UsageException("JMH ended with " + exit + " (see " + dir.resolve("jmh.log") + ")");
            }
            return read(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run JMH", e);
        }
    }

    static List<JmhResult> read(Path json) throws IOException {
        List<JmhResult> rows = new ArrayList<>();
        for (JsonNode b : Json.mapper().readTree(json.toFile())) {
            String name = b.path("benchmark").asText();
            JsonNode primary = b.path("primaryMetric");
            JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm");
            if (alloc.isMissingNode()) {
                alloc = b.path("secondaryMetrics").path("\u00b7gc.alloc.rate.norm"); // JMH before 1.37
            }
            rows.add(new JmhResult(name.substring(name.lastIndexOf('.') + 1),
                    b.path("params").path("results").asInt(), primary.path("score").asDouble(Double.NaN),
                    primary.path("scoreError").asDouble(Double.NaN), primary.path("scoreUnit").asText(),
                    alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble(Double.NaN)));
        }
        return rows;
    }
}
