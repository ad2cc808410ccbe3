package org.stressharness.report.html;

import org.junit.jupiter.api.Test;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.FlightRecording;
import org.stressharness.results.model.HeapSample;
import org.stressharness.results.model.InsertSpike;
import org.stressharness.results.model.ScenarioDetail;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stressharness.results.SyntheticRuns.host;
import static org.stressharness.results.SyntheticRuns.jcstress;
import static org.stressharness.results.SyntheticRuns.outcome;

class HtmlReportTest {

    private final Run run = SyntheticRuns.mixed("run-1", host("aarch64", "25+36"));
    private final String page = new HtmlReport().render(run);

    @Test
    void headerNamesTheMachineAndTheRun() {
        assertThat(page).contains("<th>arch</th><td>aarch64</td>", "25+36", "G1", "Test CPU @ 2.0GHz · 2 cores",
                "<th>profile</th><td>smoke</td>", "<th>duration</th><td>7m 30s</td>", "<th>complete</th><td>yes</td>");
    }

    @Test
    void partialRunIsSaidSo() {
        Run partial = new Run(1, "p", null, null, "quick", false, null, null, run.results());
        assertThat(new HtmlReport().render(partial)).contains("partial run");
    }

    @Test
    void summaryCountsEveryStatus() {
        assertThat(page).contains(">passed: 3<", ">interesting: 1<", ">failed: 2<", ">error: 1<", " of 7 results");
    }

    @Test
    void failingAndInterestingComeFirstWithinASuite() {
        int failed = page.indexOf("org.example.BrokenLock</b>");
        int interesting = page.indexOf("org.example.RacyCounter</b>");
        int passed = page.indexOf("org.example.SafePublication</b>");
        assertThat(failed).isPositive().isLessThan(interesting);
        assertThat(interesting).isLessThan(passed);
    }

    @Test
    void outcomeTableShowsCountFrequencyGradeAndDescription() {
        assertThat(page).contains("<tr class=\"seen-FORBIDDEN\"><td><code>1</code></td><td class=\"n\">10</td>"
                + "<td class=\"n\">0.0020%</td><td>FORBIDDEN</td><td>the 1 case</td></tr>");
    }

    @Test
    void notObservedForbiddenOutcomeClaimsNoPerSampleBound() {
        // SafePublication: 2,000,000 samples, forbidden "1, 0" never seen, fork count not recorded in this fixture:
        // samples inside a fork are not independent, so nothing like 3/N is claimed.
        assertThat(page).contains("<td class=\"never\">not observed in 2,000,000 samples (forks not recorded: no bound "
                + "stated, samples within a fork are not independent)</td>").doesNotContain("p &lt;");
    }

    @Test
    void lincheckFailureShowsItsTraceEscaped() {
        assertThat(page).contains("<pre class=\"trace\">= Invalid execution results =\n| put(1, 2) |</pre>");
    }

    @Test
    void everyScenarioHasAChartWithAlertAndOomMarked() {
        assertThat(count(page, "<svg class=\"chart\"")).as("the scenario that died has no measurements").isEqualTo(1);
        assertThat(page).contains("alert @ 600,000", "OOM @ 800,000", "max heap", "<polyline");
        TestResult noSamples = new TestResult(Source.SCENARIO, "empty", null, Status.ERROR, 1, "x", null, null,
                new ScenarioDetail(Map.of(), List.of(), List.of(), List.of()));
        assertThat(new HtmlReport().render(SyntheticRuns.run("r", null, List.of(noSamples))))
                .contains("<svg class=\"chart\"", "no heap samples recorded");
    }

    @Test
    void growthsAndSlowInsertsStandOnTheChartAndTheirPercentilesFillATable() {
        Map<String, Double> metrics = Map.of("insertCount", 1000.0, "insertP50Ns", 40.0, "insertP99Ns", 220.0,
                "insertP999Ns", 1135.0, "insertMaxNs", 22_020_095.0, "gcPauseP50Ms", 2.0, "gcPauseP99Ms", 26.0,
                "gcPauseMaxMs", 26.0, "growthWarningElements", 500.0);
        List<InsertSpike> spikes = List.of(new InsertSpike(768, 22_020_095, 6144), new InsertSpike(900, 5_000, 0));
        TestResult r = new TestResult(Source.SCENARIO, "grows", null, Status.PASSED, 1, "x", null, null,
                new ScenarioDetail(metrics, List.of(new HeapSample(0, 1, 0), new HeapSample(1000, 2, 1)), List.of(),
                        List.of(), spikes, null));
        String page = new HtmlReport().render(SyntheticRuns.run("r", null, List.of(r)));
        assertThat(page).contains("<title>growth at 768 elements: 22.0 ms, 6.0 KiB copied</title>",
                "<title>slow insert at 900 elements: 5.0 µs</title>", "growth warning @ 500",
                "<td class=\"n\">40 ns</td><td class=\"n\">220 ns</td><td class=\"n\">1.1 µs</td>"
                        + "<td class=\"n\">22.0 ms</td>",
                "Slowest inserts: 22.0 ms at 768 (growth, 6.0 KiB copied); 5.0 µs at 900");
        assertThat(page).as("the percentiles are in their own table, not repeated in the key-value one")
                .doesNotContain(">insertP99Ns<");
    }

    @Test
    void theWarningsAreComparedByTheirLeadOrTheirFalseAlarm() {
        Map<String, Double> oom = Map.of("elementsAtOom", 1000.0, "usageThresholdLeadElements", 250.0,
                "usageThresholdLeadMs", 40.0, "trendLeadElements", 100.0, "trendLeadMs", 12.0);
        Map<String, Double> bounded = Map.of("usageThresholdFalseAlarm", 1.0, "trendFalseAlarm", 0.0);
        String page = new HtmlReport().render(SyntheticRuns.run("r", null, List.of(
                new TestResult(Source.SCENARIO, "grows", null, Status.PASSED, 1, "x", null, null,
                        new ScenarioDetail(oom, List.of(), List.of(), List.of())),
                new TestResult(Source.SCENARIO, "capped", null, Status.PASSED, 1, "x", null, null,
                        new ScenarioDetail(bounded, List.of(), List.of(), List.of())))));
        assertThat(page).contains("<td>heap usage threshold (polled at every sample)</td><td class=\"n\">250</td>"
                        + "<td class=\"n\">25%</td><td class=\"n\">40 ms</td>",
                "<td>trend, confirmed by a full collection</td><td class=\"n\">100</td><td class=\"n\">10%</td>",
                "<td>heap usage threshold (polled at every sample)</td><td colspan=\"3\">false alarm</td>",
                "<td>trend, confirmed by a full collection</td><td colspan=\"3\">none (right)</td>");
    }

    @Test
    void aFlightRecordingIsLinkedAndItsAllocationSitesAndOldObjectsListed() {
        FlightRecording jfr = new FlightRecording("hashmap-default-32m.jfr", 35, 36.9,
                List.of(new FlightRecording.AllocationSite("java.util.HashMap.newNode:1901", 7_232_560, 67)),
                List.of(new FlightRecording.OldObjects("java.util.HashMap$Node", "Threads: Thread Name: main", 13,
                        "java.util.HashMap.newNode:1901", "HashMap$Node[] → HashMap$Node")));
        TestResult r = new TestResult(Source.SCENARIO, "hashmap-default", null, Status.PASSED, 1, "x", null, null,
                new ScenarioDetail(Map.of(), List.of(), List.of(), List.of(), List.of(), jfr));
        String page = new HtmlReport().render(SyntheticRuns.run("r", null, List.of(r)));
        assertThat(page).contains("<a href=\"hashmap-default-32m.jfr\">", "35 collections, longest pause 36.9 ms",
                "<td><code>java.util.HashMap.newNode:1901</code></td><td class=\"n\">6.9 MiB</td>",
                "<td><code>java.util.HashMap$Node</code></td><td>Threads: Thread Name: main</td><td "
                        + "class=\"n\">13</td>",
                "<td><code>HashMap$Node[] → HashMap$Node</code></td>");
    }

    @Test
    void aContainerScenarioShowsItsLimitAndWhereTheWatchdogKilledIt() {
        Map<String, Double> metrics = Map.of("memoryLimitBytes", 160.0 * (1 << 20), "killed", 1.0,
                "elementsAtEnd", 90.0, "alertElements", 59.0, "heapMaxBytes", 80.0 * (1 << 20));
        TestResult r = new TestResult(Source.SCENARIO, "container-direct-buffers", null, Status.PASSED, 1, "x", null,
                null, new ScenarioDetail(metrics, List.of(new HeapSample(1, 5 << 20, 0, 70 << 20),
                new HeapSample(89, 6 << 20, 1, 159 << 20)), List.of(), List.of()));
        String page = new HtmlReport().render(SyntheticRuns.run("r", null, List.of(r)));
        assertThat(page).contains("memory limit (simulated) 160.0 MiB", "SIGKILL @ 90", "alert @ 59",
                "resident set (RSS)");
    }

    @Test
    void failedAndInterestingResultsCarryAReproduceCommand() {
        assertThat(page).contains("./harness reproduce org.example.BrokenLock --from reports/out/run-1",
                "./harness reproduce org.example.RacyCounter --from reports/out/run-1",
                "./harness reproduce HashMapLinearizability.modelChecking --from reports/out/run-1");
        assertThat(page).doesNotContain("reproduce org.example.SafePublication");
    }

    @Test
    void suitesOwnCommandIsShownBesideTheHarnessOneEscaped() {
        TestResult r = new TestResult(Source.LINCHECK, "T.t", null, Status.FAILED, 1, "x", null,
                "java -cp x Main --only 'T<x>' --out <DIR>", null);
        assertThat(new HtmlReport().render(SyntheticRuns.run("r", null, List.of(r))))
                .contains("<code>./harness reproduce T.t --from reports/out/r</code>",
                        "<code>java -cp x Main --only &#39;T&lt;x&gt;&#39; --out &lt;DIR&gt;</code>");
    }

    @Test
    void linksToJcstressOwnPageRelativeToTheRunDirectory() {
        assertThat(page).contains("<a href=\"jcstress/org.example.BrokenLock.html\">");
        assertThat(new HtmlReport("runs/r1", "../runs/r1/").render(run))
                .contains("<a href=\"../runs/r1/jcstress/org.example.BrokenLock.html\">");
    }

    @Test
    void scriptInTestOutputShowsAsText() {
        TestResult evil = new TestResult(Source.JCSTRESS, "Evil<script>", "<script>alert('x')</script> & more",
                Status.FAILED, 1, "<img src=x onerror=alert(1)>", "</pre><script>alert(2)</script>", null,
                new org.stressharness.results.model.JcstressDetail(10, List.of(
                        outcome("<b>1</b>", 10, Expectation.FORBIDDEN)), List.of("\"><script>"),
                        "javascript:alert(3)"));
        String html = new HtmlReport().render(SyntheticRuns.run("<run>", null, List.of(evil)));
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more",
                "&lt;img src=x onerror=alert(1)&gt;", "&lt;/pre&gt;&lt;script&gt;alert(2)&lt;/script&gt;",
                "<code>&lt;b&gt;1&lt;/b&gt;</code>", "stress-harness run &lt;run&gt;");
        assertThat(count(html, "<script")).as("only the page's own script").isEqualTo(1);
        assertThat(html).doesNotContain("<img", "<b>1</b>", "javascript:");
    }

    @Test
    void pageIsSelfContained() {
        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(page).doesNotContain("<link", "@import", "<script src");
        assertThat(page).contains("<input id=\"filter\"");
    }

    @Test
    void sectionsAndFilterTargetsCoverEveryResult() {
        assertThat(count(page, "<details class=\"result\"")).isEqualTo(run.results().size());
        assertThat(count(page, "<details class=\"sec\"")).isEqualTo(3);
        assertThat(page).contains("data-status=\"FAILED\" data-key=\"org.example.brokenlock failed jcstress");
    }

    @Test
    void emptyRunRenders() {
        assertThat(new HtmlReport().render(SyntheticRuns.run("empty", null, List.of())))
                .contains(">passed: 0<", " of 0 results").doesNotContain("<details class=\"sec\"");
    }

    @Test
    void passedJcstressTestStartsCollapsedFailedOneOpen() {
        assertThat(page).containsPattern("<details class=\"result\" id=\"jcstress-org.example.BrokenLock\"[^>]* open>");
        assertThat(page).containsPattern("<details class=\"result\" "
                + "id=\"jcstress-org.example.SafePublication\"[^>]*\"><summary>");
    }

    @Test
    void jcstressWithoutSamplesShowsNoFrequency() {
        TestResult t = jcstress("Zero", Status.ERROR, 0, outcome("1", 0, Expectation.FORBIDDEN));
        assertThat(new HtmlReport().render(SyntheticRuns.run("z", null, List.of(t))))
                .contains("not observed (no samples taken)");
    }

    static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
