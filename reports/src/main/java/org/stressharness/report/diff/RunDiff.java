package org.stressharness.report.diff;

import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.ScenarioMetrics;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.model.VerdictLabel;
import org.stressharness.report.stats.FrequencyShift;
import org.stressharness.report.stats.NotObserved;
import org.stressharness.report.text.Figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What changed from a baseline run to the current one: new failures, newly observed interesting outcomes,
 * vanished outcomes, tests added or removed, verdict changes and large frequency shifts.
 *
 * @param findings ordered by kind (new failures first), then test
 */
public record RunDiff(Run baseline, Run current, List<Finding> findings) {

    /** A scenario metric must move by at least this fraction of its baseline value. */
    public static final double METRIC_SHIFT = 0.25;

    private static final List<String> SHIFT_METRICS = List.of(ScenarioMetrics.ELEMENTS_AT_OOM,
            ScenarioMetrics.BYTES_PER_ELEMENT, ScenarioMetrics.PEAK_HEAP_BYTES,
                    ScenarioMetrics.ALERT_HEADROOM_ELEMENTS);

    /** What changed, in the order the diff lists them. */
    public enum Kind {
        NEW_FAILURE, NEW_INTERESTING, VANISHED_OUTCOME, VERDICT_CHANGE, FREQUENCY_SHIFT, TEST_ADDED, TEST_REMOVED;

        /** The heading its findings are listed under. */
        public String title() {
            return switch (this) {
                case NEW_FAILURE -> "New failures";
                case NEW_INTERESTING -> "Newly observed interesting outcomes";
                case VANISHED_OUTCOME -> "Vanished outcomes";
                case VERDICT_CHANGE -> "Other verdict changes";
                case FREQUENCY_SHIFT -> "Large frequency shifts";
                case TEST_ADDED -> "Tests added";
                case TEST_REMOVED -> "Tests removed";
            };
        }
    }

    /**
     * @param outcome the jcstress outcome or scenario metric concerned, null for the whole test
     * @param detail  one line saying what changed, with the figures
     */
    public record Finding(Kind kind, Source source, String test, String outcome, String detail) {
    }

    public boolean hasNewFailures() {
        return findings.stream().anyMatch(f -> f.kind() == Kind.NEW_FAILURE);
    }

    public List<Finding> of(Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    public static RunDiff of(Run baseline, Run current) {
        Map<String, TestResult> base = index(baseline);
        Map<String, TestResult> cur = index(current);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, TestResult> e : cur.entrySet()) {
            TestResult now = e.getValue();
            TestResult before = base.get(e.getKey());
            if (before == null) {
                findings.add(new Finding(Kind.TEST_ADDED, now.source(), now.name(), null, "new test, " + now.status()));
                if (failing(now.status())) {
                    findings.add(new Finding(Kind.NEW_FAILURE, now.source(), now.name(), null,
                            "new test " + now.status() + ": " + message(now)));
                }
                continue;
            }
            compare(before, now, findings);
        }
        for (Map.Entry<String, TestResult> e : base.entrySet()) {
            if (!cur.containsKey(e.getKey())) {
                TestResult gone = e.getValue();
                findings.add(new Finding(Kind.TEST_REMOVED, gone.source(), gone.name(), null,
                        "was " + gone.status() + " in the baseline, absent now"));
            }
        }
        findings.sort(Comparator.comparing(Finding::kind)
                .thenComparing(f -> f.source() == null ? "" : f.source().name())
                .thenComparing(f -> f.test() == null ? "" : f.test()));
        return new RunDiff(baseline, current, List.copyOf(findings));
    }

    private static void compare(TestResult before, TestResult now, List<Finding> findings) {
        int newForbidden = outcomes(before, now, findings);
        // As the statuses read: a baseline written before NOT_OBSERVED existed says PASSED for the same thing.
        Status was = VerdictLabel.statusOf(before);
        Status is = VerdictLabel.statusOf(now);
        if (failing(is) && !failing(was) && newForbidden == 0) {
            findings.add(new Finding(Kind.NEW_FAILURE, now.source(), now.name(), null,
                    was + " → " + is + ": " + message(now)));
        } else if (is != was && !(failing(is) && !failing(was))) {
            findings.add(new Finding(Kind.VERDICT_CHANGE, now.source(), now.name(), null,
                    was + " → " + is + (now.message() == null ? "" : ": " + message(now))));
        }
        metrics(before, now, findings);
    }

    /**
     * ", in 1 of 14 JVM configurations: JVM [...], C2, C2 (3)" when the run recorded its evidence per
     * configuration, so a reader knows where to reproduce it; empty otherwise.
     */
    static String seenIn(JcstressDetail d, String outcome) {
        if (d.byConfiguration() == null || d.byConfiguration().isEmpty()) {
            return "";
        }
        List<String> where = d.showing(outcome).stream()
                .map(c -> c.configuration() + " (" + Figures.count(c.notable().get(outcome)) + ")").toList();
        if (where.isEmpty()) {
            return "";
        }
        return ", in " + where.size() + " of " + d.byConfiguration().size() + " JVM configuration"
                + (d.byConfiguration().size() == 1 ? "" : "s") + ": " + String.join("; ", where);
    }

    /** Adds outcome findings; returns how many forbidden outcomes are newly observed. */
    private static int outcomes(TestResult before, TestResult now, List<Finding> findings) {
        if (before.jcstress() == null || now.jcstress() == null) {
            return 0;
        }
        Map<String, OutcomeCount> was = outcomeIndex(before);
        Map<String, OutcomeCount> is = outcomeIndex(now);
        long baseSamples = before.jcstress().samples();
        long curSamples = now.jcstress().samples();
        int newForbidden = 0;
        for (OutcomeCount o : is.values()) {
            OutcomeCount old = was.get(o.outcome());
            long oldCount = old == null ? 0 : old.count();
            if (o.count() > 0 && oldCount == 0) {
                String seen = "seen " + Figures.count(o.count()) + " times (" + freq(o.count(), curSamples)
                        + ")" + seenIn(now.jcstress(), o.outcome()) + "; baseline "
                        + NotObserved.describe(before.jcstress());
                if (o.expect() == Expectation.FORBIDDEN || o.expect() == Expectation.UNKNOWN || o.expect() == null) {
                    // jcstress fails a test on an outcome its author did not grade, just as on a forbidden one
                    newForbidden++;
                    findings.add(new Finding(Kind.NEW_FAILURE, now.source(), now.name(), o.outcome(),
                            (o.expect() == Expectation.FORBIDDEN ? "forbidden" : "ungraded") + " outcome " + seen));
                } else if (o.expect() == Expectation.ACCEPTABLE_INTERESTING) {
                    findings.add(new Finding(Kind.NEW_INTERESTING, now.source(), now.name(), o.outcome(), seen));
                }
            } else if (o.count() > 0 && shifted(oldCount, baseSamples, o.count(), curSamples)) {
                findings.add(new Finding(Kind.FREQUENCY_SHIFT, now.source(), now.name(), o.outcome(),
                        freq(oldCount, baseSamples) + " → " + freq(o.count(), curSamples)));
            }
        }
        for (OutcomeCount old : was.values()) {
            OutcomeCount o = is.get(old.outcome());
            if (old.count() > 0 && (o == null || o.count() == 0)) {
                findings.add(new Finding(Kind.VANISHED_OUTCOME, now.source(), now.name(), old.outcome(),
                        old.expect() + ", baseline " + freq(old.count(), baseSamples) + "; now "
                                + NotObserved.describe(now.jcstress())));
            }
        }
        return newForbidden;
    }

    static boolean shifted(long oldCount, long oldSamples, long newCount, long newSamples) {
        return FrequencyShift.isLarge(oldCount, oldSamples, newCount, newSamples);
    }

    private static void metrics(TestResult before, TestResult now, List<Finding> findings) {
        if (before.scenario() == null || now.scenario() == null || before.scenario().metrics() == null
                || now.scenario().metrics() == null) {
            return;
        }
        for (String k : SHIFT_METRICS) {
            Double a = before.scenario().metrics().get(k);
            Double b = now.scenario().metrics().get(k);
            if (a != null && b != null && a != 0 && Math.abs(b - a) / Math.abs(a) >= METRIC_SHIFT) {
                findings.add(new Finding(Kind.FREQUENCY_SHIFT, now.source(), now.name(), k, String.format(Locale.ROOT,
                        "%s → %s (%+.0f%%)", Figures.number(a), Figures.number(b), 100 * (b - a) / a)));
            }
        }
    }

    private static String freq(long count, long samples) {
        return samples > 0 ? Figures.percent((double) count / samples) + " of " + Figures.count(samples)
                : Figures.count(count) + " (no sample count)";
    }

    private static boolean failing(Status s) {
        return s == Status.FAILED || s == Status.ERROR;
    }

    private static String message(TestResult r) {
        if (r.message() == null) {
            return "(no message)";
        }
        int nl = r.message().indexOf('\n');
        return nl < 0 ? r.message() : r.message().substring(0, nl);
    }

    private static Map<String, TestResult> index(Run run) {
        Map<String, TestResult> byKey = new LinkedHashMap<>();
        if (run.results() != null) {
            for (TestResult r : run.results()) {
                byKey.put(r.source() + "\u0000" + r.name(), r);
            }
        }
        return byKey;
    }

    private static Map<String, OutcomeCount> outcomeIndex(TestResult r) {
        Map<String, OutcomeCount> byOutcome = new LinkedHashMap<>();
        if (r.jcstress().outcomes() != null) {
            for (OutcomeCount o : r.jcstress().outcomes()) {
                byOutcome.merge(o.outcome(), o, (a, b) -> new OutcomeCount(a.outcome(), a.count() + b.count(),
                        a.expect(), a.description()));
            }
        }
        return byOutcome;
    }
}
