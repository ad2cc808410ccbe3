package org.stressharness.report.pairs;

import org.junit.jupiter.api.Test;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.report.html.HtmlReport;
import org.stressharness.report.markdown.MarkdownSummary;
import org.stressharness.results.model.ConfigurationEvidence;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.FirstObservation;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.model.VerdictLabel;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The morning view: each unsafe idiom beside its guards, and what the pair proves in this run. */
class IdiomPairsTest {

    private static TestResult jcstress(String name, Status status, long samples, long interesting, long forbidden,
                                       JcstressDetail.Role role, String... twins) {
        List<OutcomeCount> outcomes = List.of(
                new OutcomeCount("0, 0", samples - interesting - forbidden, Expectation.ACCEPTABLE, "fine"),
                new OutcomeCount("1, 0", role == JcstressDetail.Role.DEMONSTRATION ? interesting : forbidden,
                        role == JcstressDetail.Role.DEMONSTRATION ? Expectation.ACCEPTABLE_INTERESTING
                                : Expectation.FORBIDDEN, "broken"));
        long broken = role == JcstressDetail.Role.DEMONSTRATION ? interesting : forbidden;
        // Four randomized forks, each with its own seed, of one family; the demonstration broke in the first.
        List<ConfigurationEvidence> where = List.of(
                evidence(RANDOMIZED + ", -XX:StressSeed=11], " + C2_C2, 1, samples / 4, broken),
                evidence(RANDOMIZED + ", -XX:StressSeed=12], " + C2_C2, 1, samples / 4, 0),
                evidence(RANDOMIZED + ", -XX:StressSeed=13], " + C2_C2, 1, samples / 4, 0),
                evidence(RANDOMIZED + ", -XX:StressSeed=14], " + C2_C2, 1, samples - 3 * (samples / 4), 0));
        return jcstress(name, status, samples, interesting, forbidden, role, where, twins);
    }

    private static final String RANDOMIZED = "JVM [--add-opens=java.base/java.util=ALL-UNNAMED, -XX:+StressLCM, "
            + "-XX:+StressGCM, -XX:+StressIGVN, -XX:+StressCCP";
    private static final String C2_C2 = "split: first C2, second C2";

    private static ConfigurationEvidence evidence(String configuration, int forks, long samples, long broken) {
        return new ConfigurationEvidence(configuration, forks, samples,
                broken == 0 ? Map.of() : Map.of("1, 0", broken));
    }

    private static TestResult jcstress(String name, Status status, long samples, long interesting, long forbidden,
                                       JcstressDetail.Role role, List<ConfigurationEvidence> where, String... twins) {
        List<OutcomeCount> outcomes = List.of(
                new OutcomeCount("0, 0", samples - interesting - forbidden, Expectation.ACCEPTABLE, "fine"),
                new OutcomeCount("1, 0", role == JcstressDetail.Role.DEMONSTRATION ? interesting : forbidden,
                        role == JcstressDetail.Role.DEMONSTRATION ? Expectation.ACCEPTABLE_INTERESTING
                                : Expectation.FORBIDDEN, "broken"));
        JcstressDetail d = new JcstressDetail(samples, outcomes, List.of("jcstress -m quick", "JVM [a]", "JVM [b]"),
                null, where.stream().mapToInt(ConfigurationEvidence::forks).sum(), role, List.of(twins), where);
        return new TestResult(Source.JCSTRESS, name, null, status, 1, status + " message", null, null, d);
    }

    private static final Run RUN = SyntheticRuns.run("r", null, List.of(
            jcstress("x.HashMapLostPut", Status.INTERESTING, 1_000_000, 500_000, 0, JcstressDetail.Role.DEMONSTRATION,
                    "x.ConcurrentMapLostPut", "x.LockedMapLostPut"),
            jcstress("x.ConcurrentMapLostPut", Status.PASSED, 2_000_000, 0, 0, JcstressDetail.Role.GUARD,
                    "x.HashMapLostPut"),
            jcstress("x.LockedMapLostPut", Status.PASSED, 300_000, 0, 0, JcstressDetail.Role.GUARD, "x.HashMapLostPut"),
            jcstress("x.PlainSnapshotPublication", Status.PASSED, 9_000_000, 0, 0, JcstressDetail.Role.DEMONSTRATION,
                    "x.VolatileSnapshotPublication"),
            jcstress("x.VolatileSnapshotPublication", Status.PASSED, 8_000_000, 0, 0, JcstressDetail.Role.GUARD,
                    "x.PlainSnapshotPublication"),
            jcstress("x.UnsafeDoubleCheckedLocking", Status.INTERESTING, 1_000, 10, 0,
                    JcstressDetail.Role.DEMONSTRATION, "x.VolatileDoubleCheckedLocking"),
            jcstress("x.VolatileDoubleCheckedLocking", Status.FAILED, 1_000, 0, 3, JcstressDetail.Role.GUARD,
                    "x.UnsafeDoubleCheckedLocking")));

    @Test
    void aGuardOfSeveralDemonstrationsHasPowerWhenAnyOfThemBroke() {
        Run run = SyntheticRuns.run("r", null, List.of(
                jcstress("x.OpaqueSnapshot", Status.PASSED, 9_000_000, 0, 0, JcstressDetail.Role.DEMONSTRATION,
                        "x.VolatileSnapshot"),
                jcstress("x.PlainSnapshot", Status.INTERESTING, 9_000_000, 300, 0, JcstressDetail.Role.DEMONSTRATION,
                        "x.VolatileSnapshot"),
                jcstress("x.VolatileSnapshot", Status.PASSED, 8_000_000, 0, 0, JcstressDetail.Role.GUARD,
                        "x.PlainSnapshot", "x.OpaqueSnapshot")));

        IdiomPairs.Row opaque = IdiomPairs.of(run).stream().filter(r
                -> r.demonstration().name().equals("x.OpaqueSnapshot"))
                .findFirst().orElseThrow();

        assertThat(opaque.proves()).isEqualTo("no power shown here: this demonstration did not fire, so its guards' "
                + "PASS says nothing of it (see PlainSnapshot, which broke, for what they ran there)");
        assertThat(opaque.heldUnderIt()).isFalse();
    }

    @Test
    void aDemonstrationThatBrokeOnlyWhereNoGuardRanNeverReadsHeld() {
        // It broke with the reader in C1, a family its guards never ran (they ran only all-C2 forks).
        List<ConfigurationEvidence> demo = List.of(
                evidence(RANDOMIZED + ", -XX:StressSeed=1], split: first C2, second C1", 1, 4_000, 3),
                evidence(RANDOMIZED + ", -XX:StressSeed=2], " + C2_C2, 1, 6_000, 0));
        Run run = SyntheticRuns.run("r", null, List.of(
                jcstress("x.Plain", Status.INTERESTING, 10_000, 3, 0, JcstressDetail.Role.DEMONSTRATION, demo,
                        "x.Volatile"),
                jcstress("x.Volatile", Status.PASSED, 8_000_000, 0, 0, JcstressDetail.Role.GUARD, "x.Plain")));

        IdiomPairs.Row row = IdiomPairs.of(run).get(0);

        assertThat(row.heldUnderIt()).isFalse();
        assertThat(row.proves()).doesNotContain("held").contains("no power shown here in the configuration where it "
                + "broke, where a guard ran fewer forks than it needed per break: JVM [C2 randomizers], split: first "
                + "C2, second C1");
        assertThat(row.whereItBroke()).singleElement().satisfies(w -> {
            assertThat(w.broke()).isEqualTo(1);
            assertThat(w.forks()).isEqualTo(1);
            assertThat(w.guards()).singleElement().satisfies(g -> assertThat(g.forks()).isZero());
            assertThat(w.power()).isZero();
        });
        assertThat(new MarkdownSummary().render(run)).contains("| `Plain` | JVM \\[C2 randomizers], split: first C2, "
                + "second C1 | 1 of 1 | 0 | 0 | 0% (0%) | no power shown here |");
    }

    @Test
    void aGuardThatRanFewerForksThanItsDemonstrationWhereItBrokeShowsNoPowerThere() {
        // The demonstration needed four forks of the family to break once; the guard ran one there.
        Run run = SyntheticRuns.run("r", null, List.of(
                jcstress("x.Plain", Status.INTERESTING, 4_000_000, 300, 0, JcstressDetail.Role.DEMONSTRATION,
                        "x.Volatile"),
                jcstress("x.Volatile", Status.PASSED, 1_000_000, 0, 0, JcstressDetail.Role.GUARD,
                        List.of(evidence(RANDOMIZED + ", -XX:StressSeed=99], " + C2_C2, 1, 1_000_000, 0)),
                        "x.Plain")));

        IdiomPairs.Row row = IdiomPairs.of(run).get(0);

        assertThat(row.heldUnderIt()).isFalse();
        assertThat(row.proves()).contains("no power shown here").doesNotContain("held under it");
        IdiomPairs.WhereItBroke w = row.whereItBroke().get(0);
        assertThat(w.broke()).isEqualTo(1);
        assertThat(w.forks()).isEqualTo(4);
        assertThat(w.power()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aFiredDemonstrationGivesItsGuardsPowerAndAMissedOneSaysItGivesNone() {
        List<IdiomPairs.Row> rows = IdiomPairs.of(RUN);

        // Broken pairs first: a guard that broke, then held, then a demonstration that did not fire.
        assertThat(rows).extracting(r -> r.demonstration().name())
                .containsExactly("x.UnsafeDoubleCheckedLocking", "x.HashMapLostPut", "x.PlainSnapshotPublication");
        assertThat(rows).extracting(IdiomPairs.Row::verdict)
                .containsExactly("a guard BROKE", "held under it", "not observed");
        IdiomPairs.Row lostPut = rows.get(1);
        assertThat(lostPut.broke()).isEqualTo(500_000);
        assertThat(lostPut.guards()).extracting(g -> g.guard().name())
                .containsExactly("x.ConcurrentMapLostPut", "x.LockedMapLostPut");
        assertThat(lostPut.guards()).allSatisfy(g -> assertThat(g.held()).isTrue());
        assertThat(lostPut.guards().get(0).evidence()).contains("2,000,000 samples from 4 forks in 2 JVM "
                + "configurations");
        assertThat(lostPut.proves()).isEqualTo("broke at 50.00% of samples; every guard held under it, with the forks "
                + "it needed per break in the configuration where it broke (power 68.36%, 5.00% at the rate's 95% "
                + "lower bound)");
        assertThat(lostPut.whereItBroke().get(0).needed()).isEqualTo(4);
        assertThat(lostPut.heldUnderIt()).isTrue();
        assertThat(lostPut.whereItBroke()).singleElement().satisfies(w -> {
            assertThat(w.family()).isEqualTo(RANDOMIZED + "], " + C2_C2);
            assertThat(w.broke()).isEqualTo(1);
            assertThat(w.forks()).isEqualTo(4);
            assertThat(w.guards()).extracting(IdiomPairs.GuardThere::forks).containsExactly(4, 4);
        });

        assertThat(rows.get(0).proves()).contains("a guard BROKE");
        assertThat(rows.get(0).guards()).singleElement().satisfies(g -> assertThat(g.held()).isFalse());

        assertThat(rows.get(2).broke()).isZero();
        assertThat(rows.get(2).proves()).isEqualTo("no power shown here: this demonstration did not fire, so its "
                + "guards' PASS says nothing of it");
    }

    @Test
    void theSummaryListsEveryConfigurationWithoutPowerAndCountsTheHeldOnesBeyondAFew() {
        // A program race breaks in every configuration of a nightly matrix: 20 families, each guard ran them all.
        List<ConfigurationEvidence> everywhere = new java.util.ArrayList<>();
        for (int f = 0; f < 20; f++) {
            everywhere.add(evidence("JVM [-XX:Flag" + f + "], unified across all actors", 1, 1_000, f == 0 ? 0 : 5));
        }
        List<ConfigurationEvidence> guardRan = everywhere.stream()
                .map(c -> evidence(c.configuration(), 1, 1_000, 0)).toList();
        Run run = SyntheticRuns.run("r", null, List.of(
                jcstress("x.Plain", Status.INTERESTING, 20_000, 95, 0, JcstressDetail.Role.DEMONSTRATION, everywhere,
                        "x.Locked"),
                jcstress("x.Locked", Status.PASSED, 20_000, 0, 0, JcstressDetail.Role.GUARD,
                        guardRan.subList(2, 20), "x.Plain")));

        String md = new MarkdownSummary().render(run);

        // Families 1 to 19 broke; the guard skipped 0 and 1, so family 1 shows no power and is listed first.
        assertThat(md).contains("| `Plain` | JVM \\[-XX:Flag1], unified across all actors | 1 of 1 | 0 | 0 | 0% (0%) | "
                + "no power shown here |");
        assertThat(md.lines().filter(l -> l.startsWith("| `Plain` | JVM"))).hasSize(12);
        assertThat(md).contains("… and 7 more configurations where every guard held under it");
    }

    /** A demonstration's outcomes: 1% of its samples showed the stale read. */
    private static final List<OutcomeCount> STALE_IN_ONE_PERCENT = List.of(
            new OutcomeCount("0, 0", 990, Expectation.ACCEPTABLE, "fine"),
            new OutcomeCount("1, 0", 10, Expectation.ACCEPTABLE_INTERESTING, "stale"));

    /** The HTML report of a run holding one interesting demonstration with {@code d} as its evidence. */
    private static String reportOfOneDemonstration(JcstressDetail d) {
        TestResult r = new TestResult(Source.JCSTRESS, "x.ReleaseFenceAfterFlag", null, Status.INTERESTING, 1, "seen",
                null, null, d);
        return new HtmlReport().render(SyntheticRuns.run("c", null, List.of(r)));
    }

    @Test
    void theReportShowsWhichConfigurationsANotableOutcomeCameFrom() {
        JcstressDetail d = new JcstressDetail(1_000, STALE_IN_ONE_PERCENT,
                List.of("jcstress -m default", "JVM [], C2, C2", "JVM [-XX:+StressLCM, -XX:StressSeed=7], C2, C2"),
                null, 3, JcstressDetail.Role.DEMONSTRATION, List.of(), List.of(
                        new org.stressharness.results.model.ConfigurationEvidence("JVM [], C2, C2", 2, 600, Map.of()),
                        new org.stressharness.results.model.ConfigurationEvidence(
                                "JVM [-XX:+StressLCM, -XX:StressSeed=7], C2, C2", 1, 400, Map.of("1, 0", 10L))));

        String html = reportOfOneDemonstration(d);

        assertThat(html).contains("<th>notable outcomes here</th>")
                .contains("<td><code>JVM [-XX:+StressLCM, -XX:StressSeed=7], C2, C2</code></td><td class=\"n\">1</td>"
                        + "<td class=\"n\">400</td><td><code>1, 0</code> 10 (2.50%)</td>")
                .contains("<td><code>JVM [], C2, C2</code></td><td class=\"n\">2</td><td class=\"n\">600</td>"
                        + "<td><span class=\"never\">none</span></td>");
        assertThat(html).as("no first observations recorded: no column for them").doesNotContain("first seen");
    }

    @Test
    void theReportDatesEachNotableOutcomeByItsFirstFork() {
        JcstressDetail d = new JcstressDetail(1_000, STALE_IN_ONE_PERCENT,
                List.of("jcstress -m quick", "JVM [], C2, C2"), null, 3, JcstressDetail.Role.DEMONSTRATION, List.of(),
                List.of(), List.of(new FirstObservation("1, 0", 2, 700, 12_345)));

        String html = reportOfOneDemonstration(d);

        assertThat(html).contains(">first seen</th>")
                .contains("<td><code>1, 0</code></td><td class=\"n\">10</td><td class=\"n\">1.00%</td>"
                        + "<td class=\"n\">fork 2 of 3, 12.3 s</td>")
                .contains("<td><code>0, 0</code></td><td class=\"n\">990</td><td class=\"n\">99.00%</td>"
                        + "<td class=\"n\"></td>");
    }

    @Test
    void aDemonstrationThatDidNotFireReadsNotObservedNotPassed() {
        TestResult plain = RUN.results().stream().filter(r -> r.name().endsWith("PlainSnapshotPublication"))
                .findFirst().orElseThrow();
        TestResult guard = RUN.results().stream().filter(r -> r.name().endsWith("VolatileSnapshotPublication"))
                .findFirst().orElseThrow();
        assertThat(VerdictLabel.of(plain)).isEqualTo("NOT OBSERVED");
        assertThat(VerdictLabel.of(guard)).isEqualTo("PASSED");

        String html = new HtmlReport().render(RUN);
        assertThat(html.indexOf("Unsafe idioms and their guards")).isPositive()
                .isLessThan(html.indexOf("<details class=\"sec\""));
        // The matrix: the broken pair first, its guard a red ✗ with its evidence on hover.
        String matrix = html.substring(html.indexOf("<table class=\"pairs matrix\">"));
        assertThat(matrix.indexOf("x.UnsafeDoubleCheckedLocking")).isLessThan(matrix.indexOf("x.HashMapLostPut"));
        assertThat(matrix).contains("<tr class=\"broken\"><td><a href=\"#")
                .contains("\">✗ VolatileDoubleCheckedLocking</a>")
                .contains("\">✓ ConcurrentMapLostPut</a>")
                .contains("title=\"passed: forbidden outcome");
        assertThat(html).contains(">NOT OBSERVED</span> <b>x.PlainSnapshotPublication</b>")
                .doesNotContain(">PASSED</span> <b>x.PlainSnapshotPublication</b>");

        String md = new MarkdownSummary().render(RUN);
        assertThat(md).contains("| `HashMapLostPut` | 50.00% of 1,000,000 | ✓ `ConcurrentMapLostPut` ✓ "
                        + "`LockedMapLostPut` | held under it |")
                .contains("| `PlainSnapshotPublication` | NOT OBSERVED in 9,000,000 | ✓ `VolatileSnapshotPublication` "
                        + "| not observed: no power shown here: this demonstration did not fire")
                .contains("| `UnsafeDoubleCheckedLocking` | ")
                .contains("✗ `VolatileDoubleCheckedLocking` | **a guard BROKE**: ")
                .contains("| `UnsafeDoubleCheckedLocking` | JVM \\[C2 randomizers], split: first C2, second C2 "
                        + "| 1 of 4 "
                        + "| 4 | 1,000 | 68.36% (5.00%) | a guard did not hold (see it) |")
                .contains("1 test was NOT OBSERVED: a demonstration whose unsafe idiom did not break here");

        String xml = new org.stressharness.report.junit.JunitXml().render(RUN);
        assertThat(xml).contains("<testcase classname=\"x.PlainSnapshotPublication\" "
                        + "name=\"PlainSnapshotPublication\" time=\"0.001\">"
                + "\n      <system-out>NOT OBSERVED: PASSED message</system-out>")
                .contains("<testcase classname=\"x.VolatileSnapshotPublication\" "
                        + "name=\"VolatileSnapshotPublication\" time=\"0.001\"/>");
    }
}
