package org.stressharness.report.diff;

import org.junit.jupiter.api.Test;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.report.diff.RunDiff.Finding;
import org.stressharness.report.diff.RunDiff.Kind;
import org.stressharness.report.markdown.DiffMarkdown;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.stressharness.results.SyntheticRuns.jcstress;
import static org.stressharness.results.SyntheticRuns.lincheck;
import static org.stressharness.results.SyntheticRuns.outcome;
import static org.stressharness.results.SyntheticRuns.scenario;
import static org.stressharness.results.model.Expectation.ACCEPTABLE;
import static org.stressharness.results.model.Expectation.ACCEPTABLE_INTERESTING;
import static org.stressharness.results.model.Expectation.FORBIDDEN;

class RunDiffTest {

    private final Run baseline = SyntheticRuns.run("base", null, List.of(
            jcstress("Racy", Status.PASSED, 1_000_000, outcome("1", 1_000_000, ACCEPTABLE),
                    outcome("0", 0, ACCEPTABLE_INTERESTING)),
            jcstress("Vanishing", Status.INTERESTING, 1_000_000, outcome("1", 999_000, ACCEPTABLE),
                    outcome("0", 1_000, ACCEPTABLE_INTERESTING)),
            jcstress("Guarded", Status.PASSED, 1_000_000, outcome("1", 1_000_000, ACCEPTABLE),
                    outcome("0", 0, FORBIDDEN)),
            jcstress("Shifty", Status.INTERESTING, 1_000_000, outcome("1", 999_900, ACCEPTABLE),
                    outcome("0", 100, ACCEPTABLE_INTERESTING)),
            lincheck("Map.modelChecking", Status.PASSED, null),
            lincheck("Gone.t", Status.PASSED, null),
            scenario("hashmap-default", Status.PASSED, 800_000, 600_000)));

    private final Run current = SyntheticRuns.run("cur", null, List.of(
            jcstress("Racy", Status.INTERESTING, 2_000_000, outcome("1", 1_999_000, ACCEPTABLE),
                    outcome("0", 1_000, ACCEPTABLE_INTERESTING)),
            jcstress("Vanishing", Status.PASSED, 500_000, outcome("1", 500_000, ACCEPTABLE),
                    outcome("0", 0, ACCEPTABLE_INTERESTING)),
            jcstress("Guarded", Status.FAILED, 1_000_000, outcome("1", 999_995, ACCEPTABLE),
                    outcome("0", 5, FORBIDDEN)),
            jcstress("Shifty", Status.INTERESTING, 1_000_000, outcome("1", 990_000, ACCEPTABLE),
                    outcome("0", 10_000, ACCEPTABLE_INTERESTING)),
            lincheck("Map.modelChecking", Status.FAILED, "trace"),
            lincheck("New.t", Status.PASSED, null),
            scenario("hashmap-default", Status.PASSED, 400_000, 300_000)));

    private final RunDiff diff = RunDiff.of(baseline, current);

    @Test
    void newFailuresIncludeNewlyFailingTestsAndNewlySeenForbiddenOutcomes() {
        assertThat(diff.of(Kind.NEW_FAILURE)).extracting(Finding::test, Finding::outcome).containsExactly(
                tuple("Guarded", "0"), tuple("Map.modelChecking", null));
        assertThat(diff.hasNewFailures()).isTrue();
        assertThat(diff.of(Kind.NEW_FAILURE).get(0).detail())
                .isEqualTo("forbidden outcome seen 5 times (0.0005% of 1,000,000); baseline not observed in "
                        + "1,000,000 samples (forks not recorded: no bound stated, samples within a fork are not "
                        + "independent)");
    }

    @Test
    void newlyObservedInterestingAndVanishedOutcomes() {
        assertThat(diff.of(Kind.NEW_INTERESTING)).extracting(Finding::test, Finding::outcome)
                .containsExactly(tuple("Racy", "0"));
        assertThat(diff.of(Kind.VANISHED_OUTCOME)).extracting(Finding::test, Finding::outcome)
                .containsExactly(tuple("Vanishing", "0"));
        assertThat(diff.of(Kind.VANISHED_OUTCOME).get(0).detail()).contains("not observed in 500,000 samples");
    }

    @Test
    void testsAddedAndRemoved() {
        assertThat(diff.of(Kind.TEST_ADDED)).extracting(Finding::test).containsExactly("New.t");
        assertThat(diff.of(Kind.TEST_REMOVED)).extracting(Finding::test).containsExactly("Gone.t");
    }

    @Test
    void largeShiftsInOutcomeFrequencyAndScenarioMetrics() {
        // Shifty: 0.01% -> 1% is 100x; hashmap-default: OOM at 800k -> 400k elements is -50%
        assertThat(diff.of(Kind.FREQUENCY_SHIFT)).extracting(Finding::test, Finding::outcome).containsExactly(
                tuple("Shifty", "0"), tuple("hashmap-default", "elementsAtOom"));
        assertThat(RunDiff.shifted(1, 1_000_000, 20, 1_000_000)).as("too few hits to call").isFalse();
        assertThat(RunDiff.shifted(100, 1_000_000, 200, 1_000_000)).as("only 2x").isFalse();
    }

    @Test
    void verdictChangesThatAreNotNewFailures() {
        assertThat(diff.of(Kind.VERDICT_CHANGE)).extracting(Finding::test)
                .containsExactlyInAnyOrder("Racy", "Vanishing");
    }

    @Test
    void sameRunHasNoFindings() {
        RunDiff none = RunDiff.of(baseline, baseline);
        assertThat(none.findings()).isEmpty();
        assertThat(none.hasNewFailures()).isFalse();
        assertThat(new DiffMarkdown().render(none)).contains("No changes");
    }

    @Test
    void markdownListsNewFailuresFirst() {
        String md = new DiffMarkdown().render(diff);
        assertThat(md).contains("**2 new failure(s).**", "### New failures (2)", "- JCSTRESS `Guarded` `0`: ",
                "### Tests removed (1)");
        assertThat(md.indexOf("### New failures")).isLessThan(md.indexOf("### Newly observed interesting"));
    }

    @Test
    void aNewOutcomeSaysWhichConfigurationsItCameFrom() {
        org.stressharness.results.model.JcstressDetail d = new org.stressharness.results.model.JcstressDetail(
                1_000, List.of(), List.of(), null, 3, null, List.of(), List.of(
                        new org.stressharness.results.model.ConfigurationEvidence("JVM [], C2, C2", 2, 600, Map.of()),
                        new org.stressharness.results.model.ConfigurationEvidence(
                                "JVM [-XX:+StressLCM], C2, C2", 1, 400, Map.of("1, 0", 10L))));

        assertThat(RunDiff.seenIn(d, "1, 0")).isEqualTo(", in 1 of 2 JVM configurations: JVM [-XX:+StressLCM], C2, C2 "
                + "(10)");
        assertThat(RunDiff.seenIn(d, "0, 1")).isEmpty();
    }
}
