package org.stressharness.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.report.html.HtmlReport;
import org.stressharness.results.json.ResultLines;
import org.stressharness.results.json.RunFile;
import org.stressharness.report.junit.JunitXml;
import org.stressharness.report.markdown.MarkdownSummary;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.TestResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What reading and rendering a run costs, by the number of results in it: the renderers, and the two readers
 * (run.json, and the results.jsonl a suite streams). Run with {@code java -jar benchmarks/target/benchmarks.jar}
 * (or {@code ./harness bench --parts jmh}); add {@code -prof gc} for allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ReportBenchmarks {

    @Param({"500", "5000"})
    public int results;

    private Run run;
    private Path dir;
    private Path runFile;
    private Path lines;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        run = SyntheticRuns.large(results);
        dir = Files.createTempDirectory("report-benchmarks");
        runFile = dir.resolve("run.json");
        RunFile.write(run, runFile);
        lines = dir.resolve("results.jsonl");
        ResultLines writer = new ResultLines(lines);
        for (TestResult r : run.results()) {
            writer.append(r);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public String renderHtml() {
        return new HtmlReport().render(run);
    }

    @Benchmark
    public String renderMarkdown() {
        return new MarkdownSummary().render(run);
    }

    @Benchmark
    public String renderJunitXml() {
        return new JunitXml().render(run);
    }

    @Benchmark
    public Run readRunJson() {
        return RunFile.read(runFile);
    }

    @Benchmark
    public List<TestResult> readResultLines() {
        return new ResultLines(lines).read();
    }
}
