package org.stressharness.report.html;

import org.stressharness.report.ReportWriter;
import org.stressharness.report.model.Run;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times rendering of the 5,000-result synthetic run: the first (cold JVM) and the best of the following rounds,
 * for the HTML page alone and for every file {@link ReportWriter#writeAll} writes. Run from the module with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.stressharness.report.html.RenderBenchmark
 * [ROUNDS [DIR]]}; DIR keeps the run directory (run.json and its renderings) for {@code harness report}.
 */
public final class RenderBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Run run = LargeRunRenderingTest.largeRun(LargeRunRenderingTest.RESULTS);
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("render-benchmark");
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            new ReportWriter().writeAll(run, dir);
            long t1 = System.nanoTime();
            String html = new HtmlReport().render(run);
            long t2 = System.nanoTime();
            System.out.printf("round %d: writeAll (run.json, index.html, summary.md, junit.xml) %,d ms; "
                    + "HtmlReport.render %,d ms (%,d KiB)%n", i + 1, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    html.length() >> 10);
        }
    }
}
