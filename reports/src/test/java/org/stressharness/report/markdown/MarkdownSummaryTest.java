package org.stressharness.report.markdown;

import org.junit.jupiter.api.Test;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownSummaryTest {

    @Test
    void countsHostAndTheResultsThatNeedAttention() {
        String md = new MarkdownSummary().render(SyntheticRuns.mixed("r1", SyntheticRuns.host("x86_64", "17.0.15")));
        assertThat(md).contains("## stress-harness run `r1`", "x86\\_64", "| 3 | 0 | 1 | 2 | 1 |",
                "| FAILED | JCSTRESS | `org.example.BrokenLock` | FAILED in org.example.BrokenLock | "
                        + "`./harness reproduce org.example.BrokenLock --from reports/out/r1` |");
        assertThat(md).doesNotContain("SafePublication");
        assertThat(md.indexOf("| FAILED |")).isLessThan(md.indexOf("| ERROR |"));
        assertThat(md.indexOf("| ERROR |")).isLessThan(md.indexOf("| INTERESTING |"));
    }

    @Test
    void cellsCannotBreakTheTableOrInjectHtml() {
        TestResult r = new TestResult(Source.LINCHECK, "a|b`c", null, Status.FAILED, 1,
                "x | y\n<script>alert(1)</script>", null, null, null);
        String md = new MarkdownSummary().render(SyntheticRuns.run("r", null, List.of(r)));
        assertThat(md).contains("`a\\|b'c`", "x \\| y &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void staysSmallForHugeRuns() {
        List<TestResult> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(TestResult.error(Source.JCSTRESS, "T" + i, "x".repeat(5000), null));
        }
        String md = new MarkdownSummary().render(SyntheticRuns.run("big", null, many));
        assertThat(md.length()).isLessThan(64 * 1024);
        assertThat(md).contains("… and " + (5000 - MarkdownSummary.MAX_ROWS) + " more");
    }

    @Test
    void allPassedSaysSo() {
        Run run = SyntheticRuns.run("ok", null, List.of(SyntheticRuns.lincheck("A.a", Status.PASSED, null)));
        assertThat(new MarkdownSummary().render(run)).contains("Every test passed.");
    }
}
