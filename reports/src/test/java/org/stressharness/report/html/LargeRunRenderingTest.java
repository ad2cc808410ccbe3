package org.stressharness.report.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.report.ReportWriter;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stressharness.results.SyntheticRuns.outcome;

/**
 * 5,000 synthetic results through every renderer. Asserts only what the page contains; the elapsed time is
 * printed (and quoted in docs/measured.md), never asserted, so a slow build machine cannot fail it.
 */
class LargeRunRenderingTest {

    static final int RESULTS = 5000;

    @TempDir
    Path dir;

    @Test
    void fiveThousandResultsRenderIntoOneCollapsedFilterablePage() throws Exception {
        Run run = SyntheticRuns.large(RESULTS);
        long start = System.nanoTime();
        new ReportWriter().writeAll(run, dir);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String page = Files.readString(dir.resolve(ReportWriter.HTML));
        System.out.printf("rendered %,d results (run.json %,d KiB, index.html %,d KiB) in %,d ms%n", RESULTS,
                Files.size(dir.resolve("run.json")) >> 10, Files.size(dir.resolve(ReportWriter.HTML)) >> 10, millis);

        assertThat(HtmlReportTest.count(page, "<details class=\"result\"")).isEqualTo(RESULTS);
        assertThat(HtmlReportTest.count(page, "<svg class=\"chart\"")).isEqualTo(RESULTS / 10);
        assertThat(page).contains("<input id=\"filter\"");
        assertThat(HtmlReportTest.count(page, " open>")).as("with hundreds of failures every result starts collapsed")
                .isZero();
    }
}
