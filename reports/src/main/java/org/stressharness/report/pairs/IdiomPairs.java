package org.stressharness.report.pairs;

import org.stressharness.results.model.ConfigurationEvidence;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.model.VerdictLabel;
import org.stressharness.report.stats.ForkPower;
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
 * run. A guard's PASS means something only where it ran what broke its demonstration: for each JVM configuration
 * family (flags and compile modes, the stress seed aside) in which the demonstration broke, the row gives the
 * demonstration's forks that broke there out of those it ran, each guard's forks and samples there, and the power
 * this gives (the chance those guard forks would have shown a break at the demonstration's per-fork rate there).
 * "Held under it" is said only for a configuration where every guard ran at least as many forks as the
 * demonstration needed there per break; elsewhere the row says "no power shown here".
 */
public final class IdiomPairs {

    /** What a configuration row says where every guard ran the demonstration's forks there and held. */
    public static final String HELD = "held under it";

    /** {@link Row#rank()} of a row whose every guard held under the race. */
    public static final int HELD_RANK = 3;

    /**
     * @param demonstration the unsafe idiom's test
     * @param broke         samples with its interesting outcome (0: did not fire)
     * @param samples       its samples
     * @param guards        its guards that ran in the same run
     * @param whereItBroke  per configuration family in which it broke: its forks and its guards' forks there
     * @param proves        what the pair shows, in words
     */
    public record Row(TestResult demonstration, long broke, long samples, List<GuardHeld> guards,
                      List<WhereItBroke> whereItBroke, String proves) {

        /** What the row says for one configuration where it broke: held under it, a guard did not hold, or no power. */
        public String verdictIn(WhereItBroke where) {
            return guards.stream().anyMatch(g -> !g.held()) ? "a guard did not hold (see it)"
                    : where.covered() ? HELD : "no power shown here";
        }

        /** Whether every guard held under the race in {@code where}: it ran what the demonstration needed there. */
        public boolean heldIn(WhereItBroke where) {
            return verdictIn(where).equals(HELD);
        }

        /**
         * The row in a few words, for the matrix; {@link #rank()} puts what a reviewer must act on first.
         */
        public String verdict() {
            return switch (rank()) {
                case 0 -> "a guard BROKE";
                case 1 -> "no verdict";
                case 2 -> guards.isEmpty() ? "no guard ran" : "no power shown here";
                case HELD_RANK -> HELD;
                default -> "not observed";
            };
        }

        /**
         * 0 a guard failed; 1 a guard or the demonstration gave no verdict; 2 it broke but no guard ran, or a guard
         * did not run what broke it; 3 every guard held under it; 4 it did not break here (no evidence either way).
         */
        public int rank() {
            if (guards.stream().anyMatch(g -> g.guard().status() == Status.FAILED)) {
                return 0;
            }
            if (demonstration.status() == Status.ERROR || guards.stream().anyMatch(g -> !g.held())) {
                return 1;
            }
            if (broke == 0) {
                return 4;
            }
            return heldUnderIt() ? HELD_RANK : 2;
        }

        /** Whether a reviewer must act on the row: a guard broke, or a guard or the demonstration gave no verdict. */
        public boolean needsAction() {
            return rank() <= 1;
        }

        /** Whether every guard held under the race: it broke, and every guard ran and held wherever it broke. */
        public boolean heldUnderIt() {
            return broke > 0 && !whereItBroke.isEmpty() && !guards.isEmpty()
                    && guards.stream().allMatch(GuardHeld::held)
                    && whereItBroke.stream().allMatch(WhereItBroke::covered);
        }
    }

    /**
     * @param guard    the safe twin's test
     * @param held     no FORBIDDEN outcome seen (and it ran cleanly)
     * @param evidence its samples and fork bound, or what went wrong
     */
    public record GuardHeld(TestResult guard, boolean held, String evidence) {
    }

    /**
     * One configuration family in which the demonstration broke.
     *
     * @param family  the JVM configuration without its stress seed
     * @param forks   the demonstration's forks there
     * @param broke   those that showed its interesting outcome
     * @param guards  each guard's forks and samples there
     */
    public record WhereItBroke(String family, int forks, int broke, List<GuardThere> guards) {

        /** The demonstration's per-fork rate of breaking here. */
        public double rate() {
            return forks == 0 ? 0 : (double) broke / forks;
        }

        /** The forks the demonstration needed here per break ({@link ConfigurationEvidence#forksPerBreak}). */
        public int needed() {
            return ConfigurationEvidence.forksPerBreak(forks, broke);
        }

        /** Whether every guard ran at least as many forks here as the demonstration needed per break. */
        public boolean covered() {
            return !guards.isEmpty() && guards.stream().allMatch(g -> g.forks() >= needed());
        }

        /** The least chance, over the guards, that their forks here would have shown a break at {@link #rate()}. */
        public double power() {
            return guards.stream().mapToDouble(g -> ForkPower.power(rate(), g.forks())).min().orElse(0);
        }

        /** {@link #power()} at the rate's one-sided 95% lower bound. */
        public double powerAtLowerBound() {
            double low = ForkPower.lowerBound(broke, forks);
            return guards.stream().mapToDouble(g -> ForkPower.power(low, g.forks())).min().orElse(0);
        }
    }

    /** A guard's forks and samples in one configuration family. */
    public record GuardThere(String guard, int forks, long samples) {
    }

    private IdiomPairs() {
    }

    /** A guard's name within its row: without the topic it shares with the demonstration, when it does. */
    public static String guardName(Row row, TestResult guard) {
        String demo = VerdictLabel.shortName(row.demonstration().name());
        String name = VerdictLabel.shortName(guard.name());
        int dot = demo.lastIndexOf('.');
        return dot > 0 && name.startsWith(demo.substring(0, dot + 1)) ? name.substring(dot + 1) : name;
    }

    /** The rows for a run, broken pairs first ({@link Row#rank()}); empty when the run has no jcstress pairs. */
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
            List<WhereItBroke> where = whereItBroke(d, guards);
            rows.add(new Row(demo, broke, d.samples(), guards, where,
                    proves(demo, broke, guards, where, firedOtherDemos(demo, guards, byName))));
        }
        rows.sort(Comparator.comparingInt(Row::rank).thenComparing(r -> r.demonstration().name()));
        return rows;
    }

    /**
     * The other demonstrations of these guards (a guard may guard several) that broke in the run: where they did,
     * the guards raced in this run after all, whatever this one demonstration did.
     */
    private static List<String> firedOtherDemos(TestResult demo, List<GuardHeld> guards, Map<String,
            TestResult> byName) {
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

    /** The families in which the demonstration broke, in the order they first ran, with its guards' forks there. */
    private static List<WhereItBroke> whereItBroke(JcstressDetail demo, List<GuardHeld> guards) {
        Set<String> interesting = demo.outcomes() == null ? Set.of() : demo.outcomes().stream()
                .filter(o -> o.expect() == Expectation.ACCEPTABLE_INTERESTING).map(OutcomeCount::outcome)
                .collect(Collectors.toSet());
        Map<String, int[]> forks = new LinkedHashMap<>();
        for (ConfigurationEvidence c : demo.byConfiguration() == null ? List.<ConfigurationEvidence>of()
                : demo.byConfiguration()) {
            int[] f = forks.computeIfAbsent(c.family(), k -> new int[2]);
            f[0] += c.forks();
            boolean brokeHere = c.notable() != null && c.notable().keySet().stream().anyMatch(interesting::contains);
            f[1] += brokeHere ? c.forksShowing() : 0;
        }
        List<WhereItBroke> where = new ArrayList<>();
        forks.forEach((family, f) -> {
            if (f[1] > 0) {
                List<GuardThere> there = guards.stream().map(g -> there(g.guard(), family)).toList();
                where.add(new WhereItBroke(family, f[0], f[1], there));
            }
        });
        return where;
    }

    private static GuardThere there(TestResult guard, String family) {
        List<ConfigurationEvidence> in = guard.jcstress().byConfiguration() == null ? List.of()
                : guard.jcstress().byConfiguration().stream().filter(c -> c.family().equals(family)).toList();
        return new GuardThere(guard.name(), in.stream().mapToInt(ConfigurationEvidence::forks).sum(),
                in.stream().mapToLong(ConfigurationEvidence::samples).sum());
    }

    /**
     * A family as a reviewer reads it: without the options every fork of the suite shares ({@code --add-opens},
     * system properties) and with C2's four randomizer flags as one word.
     */
    public static String shortFamily(String family) {
        return family.replaceAll("--add-opens=[^,\\]]*(, )?", "").replaceAll("-D[^,\\]]*(, )?", "")
                .replace("-XX:+StressLCM, -XX:+StressGCM, -XX:+StressIGVN, -XX:+StressCCP", "C2 randomizers")
                .replace(", ]", "]").replace("JVM [], ", "JVM defaults, ");
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
        return new GuardHeld(g, true, "passed: forbidden outcome " + NotObserved.describe(d));
    }

    private static String proves(TestResult demo, long broke, List<GuardHeld> guards, List<WhereItBroke> where,
                                 List<String> firedOthers) {
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
        if (broke == 0) {
            return "no power shown here: this demonstration did not fire, so its guards' PASS says nothing of it"
                    + (firedOthers.isEmpty() ? "" : " (see " + firedOthers.stream().map(VerdictLabel::shortName)
                    .collect(Collectors.joining(", ")) + ", which broke, for what they ran there)");
        }
        String rate = "broke at " + Figures.percent((double) broke / demo.jcstress().samples())
                + " of samples";
        if (guards.stream().anyMatch(g -> !g.held())) {
            return rate + "; a guard gave no verdict (see it below)";
        }
        if (where.isEmpty()) {
            return rate + "; the run did not record in which configurations, so no power shown here for its guards";
        }
        List<WhereItBroke> covered = where.stream().filter(WhereItBroke::covered).toList();
        List<WhereItBroke> uncovered = where.stream().filter(w -> !w.covered()).toList();
        String inWhere = where.size() == 1 ? "the configuration" : "each of the " + where.size() + " configurations";
        if (uncovered.isEmpty()) {
            return rate + "; every guard held under it, with the forks it needed per break in " + inWhere
                    + " where it broke (" + power(covered) + ")";
        }
        String missing = uncovered.stream().map(w -> shortFamily(w.family())).collect(Collectors.joining("; "));
        return rate + (covered.isEmpty() ? "" : "; every guard held under it in " + covered.size() + " of the "
                + where.size() + " configurations where it broke (" + power(covered) + ")")
                + "; no power shown here in " + (covered.isEmpty() ? where.size() == 1 ? "the configuration"
                : "the " + where.size() + " configurations" : "the other " + uncovered.size()) + " where it broke, "
                + "where a guard ran fewer forks than it needed per break: " + missing;
    }

    /** The guards' least power over {@code where}, at the demonstration's rate and at its lower bound. */
    private static String power(List<WhereItBroke> where) {
        double p = where.stream().mapToDouble(WhereItBroke::power).min().orElse(0);
        double low = where.stream().mapToDouble(WhereItBroke::powerAtLowerBound).min().orElse(0);
        return "power " + Figures.percent(p) + ", " + Figures.percent(low) + " at the rate's 95% lower bound";
    }
}
