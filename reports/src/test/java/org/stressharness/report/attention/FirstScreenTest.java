package org.stressharness.report.attention;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.report.ReportWriter;
import org.stressharness.report.diff.RunDiff;
import org.stressharness.report.html.HtmlReport;
import org.stressharness.report.markdown.MarkdownSummary;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A failure is what the morning report shows first: in the HTML page, the Markdown summary and (through the same
 * model) the console, before the counts, the pairs and the host; and in a real browser, inside the first
 * 1280×900 pixels of a run of 120 results whose one failure sorts last.
 */
class FirstScreenTest {

    /** The attention block's border colour (HtmlPage's CSS), looked for in the screenshot. */
    private static final int ATTENTION_RGB = 0xb00020;

    @TempDir
    Path dir;

    private static Run runWithOneFailureAmongMany() {
        List<TestResult> results = new ArrayList<>();
        for (int i = 0; i < 118; i++) {
            results.add(SyntheticRuns.jcstress(String.format("a.Topic%03d.Guard", i), Status.PASSED, 1_000_000,
                    SyntheticRuns.outcome("0, 0", 1_000_000, Expectation.ACCEPTABLE)));
        }
        results.add(TestResult.error(Source.SCENARIO, "y-container", "the child JVM crashed: SIGSEGV", null));
        results.add(new TestResult(Source.LINCHECK, "zz.LastCheck.modelChecking", null, Status.FAILED, 10,
                "reported non-linearizable: incorrect results", null, "./harness run --only x", null));
        return SyntheticRuns.run("20261206-000000-amd64-jdk17-aaaa", SyntheticRuns.host("amd64", "17.0.21"),
                results);
    }

    @Test
    void theFailureAndTheErrorComeFirstWithTheirReasonAndReproduceCommand() {
        Run run = runWithOneFailureAmongMany();

        String md = new MarkdownSummary().render(run);
        String html = new HtmlReport().render(run);

        assertThat(md.indexOf("### Needs attention (2)")).isPositive().isLessThan(md.indexOf("| passed |"));
        assertThat(md.indexOf("zz.LastCheck.modelChecking")).isLessThan(md.indexOf("y-container"))
                .isLessThan(md.indexOf("| passed |"));
        assertThat(md).contains("reported non-linearizable: incorrect results")
                .contains("./harness reproduce zz.LastCheck.modelChecking --from reports/out/");
        assertThat(html.indexOf("id=\"attention\"")).isPositive().isLessThan(html.indexOf("class=\"host\""))
                .isLessThan(html.indexOf("class=\"kv\""));
        assertThat(html.substring(html.indexOf("id=\"attention\""), html.indexOf("</section>")))
                .contains("zz.LastCheck.modelChecking", "y-container", "the child JVM crashed: SIGSEGV",
                        "./harness reproduce zz.LastCheck.modelChecking");
    }

    @Test
    void whatIsNewAgainstTheBaselineFollowsAndACleanRunSaysSo() {
        Run run = runWithOneFailureAmongMany();
        List<TestResult> before = new ArrayList<>(run.results());
        before.replaceAll(r -> r.status() == Status.FAILED ? new TestResult(r.source(), r.name(), null,
                Status.PASSED, 10, null, null, null, null) : r);
        Run baseline = SyntheticRuns.run("20261205-000000-amd64-jdk17-bbbb", run.host(), before);

        NeedsAttention a = NeedsAttention.of(run, "reports/out/x", baseline);
        String md = new MarkdownSummary().withBaseline(baseline).render(run);

        assertThat(a.news()).extracting(RunDiff.Finding::kind).contains(RunDiff.Kind.NEW_FAILURE);
        assertThat(md).contains("**New since `20261205-000000-amd64-jdk17-bbbb`**")
                .contains("New failures: `zz.LastCheck.modelChecking`");
        Run clean = SyntheticRuns.run("20261204-000000-amd64-jdk17-cccc", run.host(),
                before.stream().filter(r -> r.status() == Status.PASSED).toList());
        assertThat(new MarkdownSummary().render(clean)).contains("**Nothing needs attention**");
    }

    @Test
    void inAHeadlessBrowserTheFailureIsInTheFirst1280x900Pixels() throws Exception {
        String chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").stream()
                .filter(p -> new File(p).canExecute()).findFirst().orElse(null);
        assumeThat(chromium).as("Chromium is not installed (apt-get install chromium); the browser check is skipped")
                .isNotNull();
        new ReportWriter().writeAll(runWithOneFailureAmongMany(), dir);
        Path png = dir.resolve("first-screen.png");

        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--window-size=1280,900", "--screenshot=" + png, dir.resolve(ReportWriter.HTML).toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assumeThat(Files.exists(png)).as("chromium wrote no screenshot: "
                + Files.readString(dir.resolve("chromium.log"))).isTrue();

        BufferedImage shot = ImageIO.read(png.toFile());
        long attentionPixels = 0;
        for (int y = 0; y < Math.min(900, shot.getHeight()); y++) {
            for (int x = 0; x < Math.min(1280, shot.getWidth()); x++) {
                if ((shot.getRGB(x, y) & 0xffffff) == ATTENTION_RGB) {
                    attentionPixels++;
                }
            }
        }
        // The block's 6 px border, at least as tall as its two items: hundreds of pixels; none without the block.
        assertThat(attentionPixels).isGreaterThan(200);
    }
}
