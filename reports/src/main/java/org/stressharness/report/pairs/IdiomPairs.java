package org.stressharness.report.pairs;

import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.model.VerdictLabel;
import org.stressharness.report.stats.NotObserved;
import org.stressharness.report.text.Figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The view a reviewer reads first: one row per unsafe idiom, its demonstration beside its guards from the same
 * run. A guard's PASS means something only if the same setup broke its demonstration: a row says "broke at rate
 * r / held in N samples" when it did, and says plainly that the run shows no power for the guards when it did not.
 */
public final class IdiomPairs {

    /**
     * @param demonstration the unsafe idiom's test
     * @param broke         samples with its interesting outcome (0: did not fire)
     * @param samples       its samples
     * @param guards        its guards that ran in the same run
     * @param proves        what the pair shows, in words
     */
    public record Row(TestResult demonstration, long broke, long samples, List<GuardHeld> guards, String proves) {
    }

    /**
     * @param guard    the safe twin's test
     * @param held     no FORBIDDEN outcome seen (and it ran cleanly)
     * @param evidence its samples and fork bound, or what went wrong
     */
    public record GuardHeld(TestResult guard, boolean held, String evidence) {
    }

    private IdiomPairs() {
    }

    /** The rows for a run, demonstrations that fired first; empty when the run has no jcstress pairs. */
    public static List<Row> of(Run run) {
        List<TestResult> results = run.results() == null ? List.of() : run.results();
        Map<String, TestResult> byName = new LinkedHashMap<>();
        for (TestResult r : results) {
            if (r.jcstress() != null) {
                byName.put(r.name(), r);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (TestResult demo : byName.values()) {
            JcstressDetail d = demo.jcstress();
            if (d.role() != JcstressDetail.Role.DEMONSTRATION) {
                continue;
            }
            long broke = interesting(d);
            List<GuardHeld> guards = new ArrayList<>();
            for (String name : d.twins() == null ? List.<String>of() : d.twins()) {
                TestResult g = byName.get(name);
                if (g != null) {
                    guards.add(guard(g));
                }
            }
            rows.add(new Row(demo, broke, d.samples(), guards, proves(demo, broke, guards, firedOtherDemos(demo, guards, byName))));
        }
        rows.sort(Comparator.comparing((Row r) -> r.broke() == 0).thenComparing(r -> r.demonstration().name()));
        return rows;
    }

    /**
     * The other demonstrations of these guards (a guard may guard several) that broke in the run: where they did,
     * the guards raced in this run after all, whatever this one demonstration did.
     */
    private static List<String> firedOtherDemos(TestResult demo, List<GuardHeld> guards, Map<String, TestResult> byName) {
        Set<String> fired = new TreeSet<>();
        for (GuardHeld g : guards) {
            List<String> others = g.guard().jcstress().twins() == null ? List.of() : g.guard().jcstress().twins();
            for (String other : others) {
                TestResult o = byName.get(other);
                if (!other.equals(demo.name()) && o != null && interesting(o.jcstress()) > 0) {
                    fired.add(other);
                }
            }
        }
        return List.copyOf(fired);
    }

    private static long interesting(JcstressDetail d) {
        return d.outcomes() == null ? 0 : d.outcomes().stream()
                .filter(o -> o.expect() == Expectation.ACCEPTABLE_INTERESTING).mapToLong(OutcomeCount::count).sum();
    }

    private static GuardHeld guard(TestResult g) {
        JcstressDetail d = g.jcstress();
        if (g.status() == Status.FAILED) {
            return new GuardHeld(g, false, "BROKE: " + g.message());
        }
        if (g.status() != Status.PASSED) {
            return new GuardHeld(g, false, g.status() + ": " + g.message());
        }
        return new GuardHeld(g, true, "held: forbidden outcome " + NotObserved.describe(d));
    }

    private static String proves(TestResult demo, long broke, List<GuardHeld> guards, List<String> firedOthers) {
        if (demo.status() == Status.ERROR) {
            return "no verdict: the demonstration did not run cleanly (" + demo.message() + ")";
        }
        if (guards.stream().anyMatch(g -> g.guard().status() == Status.FAILED)) {
            return "a guard BROKE: the safe version failed under the setup that breaks the unsafe one";
        }
        if (guards.isEmpty()) {
            return broke > 0 ? "the unsafe idiom broke; no guard of it ran in this run"
                    : "the unsafe idiom did not break here; no guard of it ran in this run";
        }
        if (broke == 0 && !firedOthers.isEmpty()) {
            return "held; this demonstration did not fire here, but its guards raced in this run through "
                    + firedOthers.stream().map(VerdictLabel::shortName).collect(Collectors.joining(", "))
                    + ", which broke";
        }
        if (broke == 0) {
            return "held; its demonstration did not fire here, so this run shows no power for its guards";
        }
        boolean allHeld = guards.stream().allMatch(GuardHeld::held);
        String rate = Figures.percent((double) broke / demo.jcstress().samples());
        return allHeld
                ? "the setup broke the unsafe idiom at " + rate + " of samples and every guard held under it"
                : "the setup broke the unsafe idiom at " + rate + "; a guard gave no verdict (see it below)";
    }
}
