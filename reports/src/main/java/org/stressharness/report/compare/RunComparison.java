package org.stressharness.report.compare;

import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.ConfigurationEvidence;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.model.VerdictLabel;
import org.stressharness.report.stats.FrequencyShift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Several runs side by side (x86_64 against aarch64, JDK 17 against 25): for every test in any run, each run's
 * verdict and, for jcstress, each run's frequency per outcome. An outcome seen in one run and never in another is
 * a <em>gap</em>; the run that never saw it is marked with its sample count, so a reader can tell "impossible
 * here" from "too few samples to say". Frequencies of one outcome a {@link FrequencyShift large shift} apart are
 * pointed out too.
 *
 * @param runs  the runs, in the order given
 * @param tests one row per test (source and name), those with gaps or differing verdicts first
 */
public record RunComparison(List<Run> runs, List<TestRow> tests) {

    /**
     * @param perRun   each run's result for this test, null where the run has none
     * @param outcomes jcstress outcomes, the union over the runs
     * @param metrics  scenario metrics, the union over the runs
     */
    public record TestRow(Source source, String name, List<TestResult> perRun, List<OutcomeRow> outcomes,
                          Map<String, List<Double>> metrics) {

        /** Verdicts differ between the runs that have the test, or a run lacks it. */
        public boolean verdictsDiffer() {
            return perRun.stream().map(r -> r == null ? null : VerdictLabel.statusOf(r)).distinct().count() > 1;
        }

        public boolean hasGap() {
            return outcomes.stream().anyMatch(OutcomeRow::hasGap);
        }

        public boolean hasShift() {
            return outcomes.stream().anyMatch(OutcomeRow::hasShift);
        }

        public boolean differs() {
            return verdictsDiffer() || hasGap() || hasShift();
        }
    }

    /** One outcome across the runs; {@code cells} in run order. */
    public record OutcomeRow(String outcome, Expectation expect, String description, List<Cell> cells) {
        public boolean hasGap() {
            return cells.stream().anyMatch(Cell::gap);
        }

        /** Two runs saw it at frequencies a {@link FrequencyShift large shift} apart. */
        public boolean hasShift() {
            for (Cell a : cells) {
                for (Cell b : cells) {
                    if (FrequencyShift.isLarge(a.count(), a.samples(), b.count(), b.samples())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Forbidden, interesting or ungraded: the outcomes a reader compares first. */
        public boolean notable() {
            return expect != Expectation.ACCEPTABLE;
        }
    }

    /**
     * One run's evidence for one outcome.
     *
     * @param ran     the run has this test
     * @param count   samples with this outcome
     * @param samples the test's samples in that run
     * @param forks   the forks they came from (0 when not recorded)
     * @param configurations the distinct JVM configurations run
     * @param gap     never seen in this run although another run saw it
     * @param seenIn  the JVM configurations of that run in which the outcome was seen (empty: none, or not recorded)
     */
    public record Cell(boolean ran, long count, long samples, int forks, int configurations, boolean gap,
                       List<String> seenIn) {
        public double frequency() {
            return samples > 0 ? (double) count / samples : 0;
        }
    }

    public static RunComparison of(List<Run> runs) {
        Map<String, TestResult[]> byTest = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            List<TestResult> results = runs.get(i).results() == null ? List.of() : runs.get(i).results();
            for (TestResult r : results) {
                TestResult[] slots = byTest.computeIfAbsent(key(r), k -> new TestResult[runs.size()]);
                slots[i] = r;
            }
        }
        List<TestRow> rows = new ArrayList<>();
        for (TestResult[] slots : byTest.values()) {
            TestResult any = java.util.Arrays.stream(slots).filter(Objects::nonNull).findFirst().orElseThrow();
            List<TestResult> perRun = java.util.Arrays.asList(slots);
            rows.add(new TestRow(any.source(), any.name(), perRun, outcomes(perRun), metrics(perRun)));
        }
        rows.sort(Comparator.comparing((TestRow t) -> !t.differs())
                .thenComparing(t -> t.source() == null ? "" : t.source().name())
                .thenComparing(t -> t.name() == null ? "" : t.name()));
        return new RunComparison(List.copyOf(runs), rows);
    }

    private static String key(TestResult r) {
        return r.source() + "\u0000" + r.name();
    }

    private static List<OutcomeRow> outcomes(List<TestResult> perRun) {
        Map<String, OutcomeCount> union = new LinkedHashMap<>();
        for (TestResult r : perRun) {
            if (r != null && r.jcstress() != null && r.jcstress().outcomes() != null) {
                for (OutcomeCount o : r.jcstress().outcomes()) {
                    union.merge(o.outcome(), o, (a, b) -> a.expect() == null ? b : a);
                }
            }
        }
        List<OutcomeRow> rows = new ArrayList<>();
        for (OutcomeCount declared : union.values()) {
            List<Cell> cells = new ArrayList<>();
            boolean seenSomewhere = false;
            for (TestResult r : perRun) {
                long count = count(r, declared.outcome());
                seenSomewhere |= count > 0;
                JcstressDetail d = r == null ? null : r.jcstress();
                cells.add(new Cell(d != null, count, samples(r), d == null ? 0 : d.forks(),
                        d == null ? 0 : d.jvmConfigurations(), false, d == null ? List.of()
                        : d.showing(declared.outcome()).stream().map(ConfigurationEvidence::configuration).toList()));
            }
            if (seenSomewhere) {
                cells.replaceAll(c -> c.ran() && c.count() == 0
                        ? new Cell(true, 0, c.samples(), c.forks(), c.configurations(), true, List.of()) : c);
            }
            rows.add(new OutcomeRow(declared.outcome(), declared.expect(), declared.description(), cells));
        }
        return rows;
    }

    private static long count(TestResult r, String outcome) {
        if (r == null || r.jcstress() == null || r.jcstress().outcomes() == null) {
            return 0;
        }
        return r.jcstress().outcomes().stream().filter(o -> Objects.equals(o.outcome(), outcome))
                .mapToLong(OutcomeCount::count).sum();
    }

    private static long samples(TestResult r) {
        JcstressDetail d = r == null ? null : r.jcstress();
        return d == null ? 0 : d.samples();
    }

    private static Map<String, List<Double>> metrics(List<TestResult> perRun) {
        TreeSet<String> keys = new TreeSet<>();
        for (TestResult r : perRun) {
            if (r != null && r.scenario() != null && r.scenario().metrics() != null) {
                keys.addAll(r.scenario().metrics().keySet());
            }
        }
        Map<String, List<Double>> metrics = new LinkedHashMap<>();
        for (String k : keys) {
            List<Double> values = new ArrayList<>();
            for (TestResult r : perRun) {
                values.add(r == null || r.scenario() == null || r.scenario().metrics() == null ? null
                        : r.scenario().metrics().get(k));
            }
            metrics.put(k, values);
        }
        return metrics;
    }

    /** Tests whose verdicts differ, or that have a gap or a large shift. */
    public long differingTests() {
        return tests.stream().filter(TestRow::differs).count();
    }

    /** Statuses of a test in run order, null where absent (for renderers). */
    public static List<Status> statuses(TestRow row) {
        return row.perRun().stream().map(r -> r == null ? null : VerdictLabel.statusOf(r)).toList();
    }
}
