package org.stressharness.report.compare;

import org.junit.jupiter.api.Test;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.report.compare.RunComparison.Cell;
import org.stressharness.report.compare.RunComparison.OutcomeRow;
import org.stressharness.report.compare.RunComparison.TestRow;
import org.stressharness.report.html.ComparisonPage;
import org.stressharness.report.markdown.ComparisonMarkdown;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stressharness.results.SyntheticRuns.host;
import static org.stressharness.results.SyntheticRuns.jcstress;
import static org.stressharness.results.SyntheticRuns.outcome;
import static org.stressharness.results.model.Expectation.ACCEPTABLE;
import static org.stressharness.results.model.Expectation.ACCEPTABLE_INTERESTING;

class RunComparisonTest {

    private final Run x86 = SyntheticRuns.run("x86", host("x86_64", "17.0.15"), List.of(
            jcstress("Reorder", Status.PASSED, 1_000_000, outcome("1, 1", 1_000_000, ACCEPTABLE),
                    outcome("0, 0", 0, ACCEPTABLE_INTERESTING)),
            jcstress("Same", Status.PASSED, 100, outcome("1", 100, ACCEPTABLE)),
            SyntheticRuns.lincheck("OnlyHere.t", Status.PASSED, null)));
    private final Run arm = SyntheticRuns.run("arm", host("aarch64", "25+36"), List.of(
            jcstress("Reorder", Status.INTERESTING, 400_000, outcome("1, 1", 399_000, ACCEPTABLE),
                    outcome("0, 0", 1_000, ACCEPTABLE_INTERESTING)),
            jcstress("Same", Status.PASSED, 300, outcome("1", 300, ACCEPTABLE))));
    private final RunComparison comparison = RunComparison.of(List.of(x86, arm));

    @Test
    void outcomeSeenInOneRunAndNeverInAnotherIsAGapWithThatRunsSamples() {
        TestRow reorder = row("Reorder");
        OutcomeRow rare = reorder.outcomes().stream().filter(o -> o.outcome().equals("0, 0")).findFirst().orElseThrow();
        assertThat(rare.cells()).containsExactly(new Cell(true, 0, 1_000_000, 0, 0, true, List.of()), new Cell(true,
                1_000, 400_000, 0, 0, false, List.of()));
        assertThat(rare.cells().get(1).frequency()).isEqualTo(0.0025);
        assertThat(reorder.differs()).isTrue();
    }

    @Test
    void identicalTestsDoNotDifferAndComeLast() {
        assertThat(row("Same").differs()).isFalse();
        assertThat(comparison.tests().get(comparison.tests().size() - 1).name()).isEqualTo("Same");
        assertThat(comparison.differingTests()).isEqualTo(2);
    }

    @Test
    void testMissingFromARunIsMarkedNotRun() {
        TestRow only = row("OnlyHere.t");
        assertThat(only.perRun().get(1)).isNull();
        assertThat(only.verdictsDiffer()).isTrue();
    }

    @Test
    void pageAndMarkdownShowFrequenciesAndGaps() {
        String html = new ComparisonPage().render(comparison, List.of("bad/run.json: damaged JSON"));
        assertThat(html).contains("not compared: bad/run.json: damaged JSON", "x86_64 · JDK 17.0.15",
                "aarch64 · JDK 25+36", "<td class=\"gap\" title=\"seen in another run\">never — not observed in "
                        + "1,000,000 samples (forks not recorded: no bound stated, samples within a fork are not "
                        + "independent)</td>",
                "0.2500% <span class=\"note\">(1,000)</span>", "not run");
        String md = new ComparisonMarkdown().render(comparison, List.of());
        assertThat(md).contains("### `Reorder`", "| `0, 0` ACCEPTABLE_INTERESTING | **never** (1,000,000 samples "
                + "(forks not recorded: no bound stated, samples within a fork are not independent)) | 0.2500% "
                + "(1,000) |", "3 tests, 2 differ.").doesNotContain("`Same`");
    }

    @Test
    void outcomeSeenInBothRunsAtFrequenciesFarApartIsAShift() {
        Run a = SyntheticRuns.run("a", null, List.of(jcstress("SB", Status.INTERESTING, 1_000_000,
                outcome("0, 0", 40_000, ACCEPTABLE_INTERESTING))));
        Run b = SyntheticRuns.run("b", null, List.of(jcstress("SB", Status.INTERESTING, 1_000_000,
                outcome("0, 0", 40, ACCEPTABLE_INTERESTING))));
        TestRow sb = RunComparison.of(List.of(a, b)).tests().get(0);
        assertThat(sb.hasGap()).isFalse();
        assertThat(sb.hasShift()).isTrue();
        assertThat(sb.differs()).isTrue();
        assertThat(new ComparisonPage().render(RunComparison.of(List.of(a, b)), List.of()))
                .contains("<code>0, 0</code> 4.00% | 0.0040% (≥10x apart)");
        Run c = SyntheticRuns.run("c", null, List.of(jcstress("SB", Status.INTERESTING, 1_000_000,
                outcome("0, 0", 20_000, ACCEPTABLE_INTERESTING))));
        assertThat(RunComparison.of(List.of(a, c)).tests().get(0).differs()).as("only 2x apart").isFalse();
    }

    private TestRow row(String name) {
        return comparison.tests().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aCellSaysInWhichConfigurationsItsOutcomeWasSeen() {
        java.util.function.BiFunction<String, List<org.stressharness.results.model.ConfigurationEvidence>,
                org.stressharness.results.model.Run> runWith = (id, configs) -> SyntheticRuns.run(id, null, List.of(
                new org.stressharness.results.model.TestResult(org.stressharness.results.model.Source.JCSTRESS,
                        "x.Fence", null, org.stressharness.results.model.Status.INTERESTING, 1, null, null, null,
                        new org.stressharness.results.model.JcstressDetail(1_000, List.of(
                                new org.stressharness.results.model.OutcomeCount("1, 0",
                                        configs.isEmpty() ? 0 : 10,
                                        org.stressharness.results.model.Expectation.ACCEPTABLE_INTERESTING, "stale")),
                                List.of("jcstress -m default", "JVM [], C2, C2", "JVM [-XX:+StressLCM], C2, C2"), null,
                                3, null, List.of(), configs))));
        RunComparison c = RunComparison.of(List.of(runWith.apply("x86", List.of()), runWith.apply("arm", List.of(
                new org.stressharness.results.model.ConfigurationEvidence("JVM [], C2, C2", 2, 600, java.util.Map.of()),
                new org.stressharness.results.model.ConfigurationEvidence("JVM [-XX:+StressLCM], C2, C2", 1, 400,
                        java.util.Map.of("1, 0", 10L))))));

        assertThat(new ComparisonMarkdown().render(c, List.of())).contains("1.00% (10) in 1 of 2 configurations");
        assertThat(new ComparisonPage().render(c, List.of()))
                .contains("in 1 of 2 configurations: JVM [-XX:+StressLCM], C2, C2");
    }
}
