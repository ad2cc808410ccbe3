package org.stressharness.jcstress.engine;

import org.openjdk.jcstress.infra.StateCase;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.runners.TestList;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.ConfigurationEvidence;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.TestResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A measurement, not part of a run: does a harness run find every outcome that a reference run of jcstress's own
 * driver found? Reads the reference's result file ({@code jcstress-results-*.bin.gz}, written by
 * {@code java -jar jcstress-tests.jar -t REGEX}, jcstress's default mode over its whole matrix) with jcstress's
 * classes, grades it as the suite does, and prints, per test in both, every outcome with its count in each and,
 * for the notable ones, the configurations (stress seed left out) where the reference saw them. An outcome the
 * reference saw and the run did not is marked LOST. A test whose outcome carries a magnitude ({@code lost 16})
 * has many outcomes under one declared {@code @Outcome}; the summary also says which declared outcomes (by their
 * {@code id} pattern) the reference showed and the run never did.
 *
 * <p>A lost outcome carries what the run's sample count alone makes of it: its count in the reference and the
 * forks that held it, the count expected in the run at the reference's rate (per sample; per fork for a fork that
 * never returned, which is one outcome for the whole fork), and the chance of seeing none even so
 * (at least {@code e^-expected}: that is the chance for independent samples, and samples correlated within a fork
 * only make a miss likelier). A loss with a high chance of that kind says the run took too few samples for it; a
 * loss with a small one says the run looked in the wrong places: the last column lists the losses, exact or
 * declared, that sampling alone would explain less than one time in a hundred ({@link #beyondChance}). Every loss
 * stays listed in the columns before it.
 *
 * <p>The second argument may also be another reference's result file: the full matrix against itself, which
 * shows what one run of it does not reproduce of another.
 *
 * <pre>java -cp jcstress-tests/target/jcstress-tests.jar org.stressharness.jcstress.engine.MatrixComparison \
 *     REFERENCE.bin.gz RUN_DIR_OR_RUN_JSON_OR_OTHER_REFERENCE.bin.gz</pre>
 */
public final class MatrixComparison {

    private static final Pattern SEED = Pattern.compile(",? -XX:StressSeed=\\d+");
    /** Below this chance of a miss by sampling alone, a lost outcome is more than chance explains. */
    static final double MISS_CHANCE_BEYOND = 0.01;

    private MatrixComparison() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: MatrixComparison <jcstress-results.bin.gz> "
                    + "<run directory, run.json, or another jcstress-results.bin.gz>");
            System.exit(2);
        }
        Map<String, List<org.openjdk.jcstress.infra.collectors.TestResult>> reference = forksByTest(Path.of(args[0]));
        Map<String, TestResult> ours = new LinkedHashMap<>();
        if (args[1].endsWith(".bin.gz")) {
            ours.putAll(asRun(forksByTest(Path.of(args[1]))));
        } else {
            Run run = RunFile.read(Path.of(args[1]));
            run.results().stream().filter(r -> r.jcstress() != null).forEach(r -> ours.put(r.name(), r));
        }
        System.out.print(compare(reference, ours));
    }

    /** A jcstress result file's forks, by test. */
    static Map<String, List<org.openjdk.jcstress.infra.collectors.TestResult>> forksByTest(Path resultFile)
            throws Exception {
        Map<String, List<org.openjdk.jcstress.infra.collectors.TestResult>> forks = new TreeMap<>();
        for (var fork : JcstressEngine.read(resultFile)) {
            forks.computeIfAbsent(fork.getConfig().name, n -> new ArrayList<>()).add(fork);
        }
        return forks;
    }

    /**
     * Another reference run graded as the suite grades a run, so the full matrix can be compared with itself: what
     * one run of it loses against another is the floor that no cheaper profile can be held below.
     */
    static Map<String, TestResult> asRun(Map<String, List<org.openjdk.jcstress.infra.collectors.TestResult>> forks) {
        Map<String, TestResult> results = new LinkedHashMap<>();
        forks.forEach((test, itsForks) -> results.put(test, ResultConverter.convert(test, TestList.getInfo(test),
                itsForks, new ResultConverter.Context("reference", null, null, 0, null))));
        return results;
    }

    static String compare(Map<String, List<org.openjdk.jcstress.infra.collectors.TestResult>> reference,
                          Map<String, TestResult> ours) {
        StringBuilder md = new StringBuilder();
        md.append("| test | reference forks | reference samples | run forks | run samples ")
                .append("| outcomes seen by the reference | lost | declared outcomes seen by the reference | lost ")
                .append("| lost beyond chance |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder details = new StringBuilder();
        for (var e : reference.entrySet()) {
            TestResult mine = ours.get(e.getKey());
            if (mine == null) {
                continue;
            }
            TestInfo info = TestList.getInfo(e.getKey());
            JcstressDetail ref = ResultConverter.convert(e.getKey(), info, e.getValue(),
                    new ResultConverter.Context("reference", null, null, 0, null)).jcstress();
            JcstressDetail run = mine.jcstress();
            Map<String, Long> runCounts = new TreeMap<>();
            run.outcomes().forEach(o -> runCounts.put(o.outcome(), o.count()));
            List<String> lost = new ArrayList<>();
            List<String> lostBeyondChance = new ArrayList<>();
            Map<String, Double> declaredExpected = new TreeMap<>();
            boolean gradesNonTermination = ResultConverter.gradesNonTermination(info);
            int seen = 0;
            Map<String, Boolean> declaredSeenByRun = new TreeMap<>();
            details.append("\n**").append(e.getKey()).append("**\n\n")
                    .append("| outcome | grade | reference | run | where the reference saw it "
                            + "|\n|---|---|---|---|---|\n");
            for (OutcomeCount o : ref.outcomes()) {
                long inRun = runCounts.getOrDefault(o.outcome(), 0L);
                if (o.count() == 0 && inRun == 0) {
                    continue;
                }
                if (o.count() > 0) {
                    seen++;
                    // A fork that never returned is one outcome for the whole fork: it scales with forks.
                    double expected = ResultConverter.DID_NOT_TERMINATE.equals(o.outcome())
                            ? expectedInRun(o.count(), ref.forks(), run.forks())
                            : expectedInRun(o.count(), ref.samples(), run.samples());
                    declaredExpected.merge(declared(info, o.outcome()), expected, Double::sum);
                    if (inRun == 0) {
                        long forks = e.getValue().stream().filter(f -> ResultConverter.countsOf(f, gradesNonTermination)
                                .getOrDefault(o.outcome(), 0L) > 0).count();
                        if (beyondChance(expected)) {
                            lostBeyondChance.add(String.format(Locale.ROOT, "`%s` (%.2g expected)", o.outcome(),
                                    expected));
                        }
                        lost.add(String.format(Locale.ROOT, "`%s` (%,d in %d of %d forks; %.2g expected in the run, "
                                        + "missed by chance at least %.0f%% of the time)", o.outcome(), o.count(),
                                        forks,
                                ref.forks(), expected, 100 * missChanceAtLeast(expected)));
                    }
                    declaredSeenByRun.merge(declared(info, o.outcome()), inRun > 0, Boolean::logicalOr);
                }
                details.append("| `").append(o.outcome()).append("` | ").append(o.expect()).append(" | ")
                        .append(rate(o.count(), ref.samples())).append(" | ").append(rate(inRun, run.samples()))
                        .append(o.count() > 0 && inRun == 0 ? " **LOST**" : "").append(" | ")
                        .append(where(ref.byConfiguration(), o.outcome())).append(" |\n");
            }
            md.append("| ").append(shortName(e.getKey())).append(" | ").append(ref.forks()).append(" | ")
                    .append(String.format(Locale.ROOT, "%,d", ref.samples())).append(" | ").append(run.forks())
                    .append(" | ").append(String.format(Locale.ROOT, "%,d", run.samples())).append(" | ").append(seen)
                    .append(" | ").append(lost.isEmpty() ? "none" : String.join(", ", lost)).append(" | ")
                    .append(declaredSeenByRun.size()).append(" | ").append(lostDeclared(declaredSeenByRun))
                    .append(" | ");
            declaredSeenByRun.forEach((pattern, seenByRun) -> {
                double expected = declaredExpected.getOrDefault(pattern, 0.0);
                if (!seenByRun && beyondChance(expected)) {
                    lostBeyondChance.add(String.format(Locale.ROOT, "declared %s (%.2g expected)", pattern, expected));
                }
            });
            md.append(lostBeyondChance.isEmpty() ? "none" : String.join(", ", lostBeyondChance)).append(" |\n");
        }
        return md.append(details).toString();
    }

    /**
     * The count the run would show at the reference's rate, given its own samples (or, for an outcome that ends a
     * whole fork, its own forks).
     */
    static double expectedInRun(long referenceCount, long referenceUnits, long runUnits) {
        return referenceUnits == 0 ? 0 : (double) referenceCount * runUnits / referenceUnits;
    }

    /**
     * Whether missing an outcome the run expected {@code expected} times is more than chance explains: a miss that
     * independent samples would allow less than one time in a hundred. A lower bound on the miss chance decides, so
     * the rule errs towards calling a miss a loss (correlated samples make a real miss likelier than it says).
     */
    static boolean beyondChance(double expected) {
        return missChanceAtLeast(expected) < MISS_CHANCE_BEYOND;
    }

    /**
     * The chance that a run expecting {@code expected} of an outcome shows none, were its samples independent
     * (Poisson); a lower bound, since samples correlated within a fork make a miss likelier for the same mean.
     */
    static double missChanceAtLeast(double expected) {
        return Math.exp(-expected);
    }

    /** The {@code id} pattern of the first declared outcome that {@code outcome} matches, as jcstress grades it. */
    static String declared(TestInfo info, String outcome) {
        StateCase c = ResultConverter.declaredCase(info, outcome);
        return c == null ? "(any other)" : "`" + c.matchPattern() + "`";
    }

    private static String lostDeclared(Map<String, Boolean> declaredSeenByRun) {
        List<String> lost = new ArrayList<>();
        declaredSeenByRun.forEach((pattern, seenByRun) -> {
            if (!seenByRun) {
                lost.add(pattern);
            }
        });
        return lost.isEmpty() ? "none" : String.join(", ", lost);
    }

    /** The configurations (stress seed left out) whose forks showed a notable outcome, with their counts. */
    private static String where(List<ConfigurationEvidence> configurations, String outcome) {
        Map<String, long[]> byClass = new TreeMap<>();
        for (ConfigurationEvidence c : configurations) {
            Long n = c.notable() == null ? null : c.notable().get(outcome);
            if (n != null && n > 0) {
                long[] t = byClass.computeIfAbsent(SEED.matcher(c.configuration()).replaceAll(""), k -> new long[2]);
                t[0] += n;
                t[1]++;
            }
        }
        List<String> parts = new ArrayList<>();
        byClass.forEach((config, t) -> parts.add(config + ": " + t[0] + " in " + t[1] + " fork(s)"));
        return String.join("; ", parts);
    }

    private static String rate(long count, long samples) {
        return samples == 0 ? String.valueOf(count)
                : String.format(Locale.ROOT, "%,d (%.2g)", count, (double) count / samples);
    }

    private static String shortName(String test) {
        return test.replaceFirst("^org\\.stressharness\\.jcstress\\.", "");
    }
}
