package org.stressharness.jcstress.engine;

import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.StateCase;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.vm.CompileMode;
import org.openjdk.jcstress.infra.runners.TestList;
import org.stressharness.api.GuardOf;
import org.stressharness.api.NeverFiredOn;
import org.stressharness.api.NonTermination;
import org.stressharness.api.StructuralChange;
import org.stressharness.results.model.ConfigurationEvidence;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.FirstObservation;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns jcstress's per-fork results for one test into the harness's {@link TestResult}: counts summed over
 * all forks and JVM configurations, every declared outcome listed (count 0 when never seen), and a status:
 * ERROR when any fork did not run cleanly, FAILED when a forbidden (or ungraded) outcome was seen, INTERESTING
 * when an ACCEPTABLE_INTERESTING outcome was seen, PASSED otherwise.
 */
final class ResultConverter {

    /**
     * What the conversion needs besides jcstress's own data.
     *
     * @param settings   the jcstress settings used, as the report should show them
     * @param htmlReport jcstress's HTML page for the test, relative to the run directory
     * @param reproduce  a command re-running just this test
     * @param durationMs wall time spent on the test
     * @param mapClass   the user's map given with --map, or null when each test runs on its default
     * @param timeline   the forks in the order they finished, with their times; empty where not known (a result
     *                   file of jcstress's own driver), and then no first observations are recorded
     */
    record Context(String settings, String htmlReport, String reproduce, long durationMs, String mapClass,
                   List<ForkTimeline.Finished> timeline) {

        Context(String settings, String htmlReport, String reproduce, long durationMs, String mapClass) {
            this(settings, htmlReport, reproduce, durationMs, mapClass, List.of());
        }
    }

    /**
     * The outcome a test may declare to grade forks that jcstress ended because an actor never returned
     * (its TIMEOUT_ERROR): a corrupted structure that loops forever is a result, not an infrastructure error.
     */
    static final String DID_NOT_TERMINATE = NonTermination.DID_NOT_TERMINATE;

    /** How a test's catch-all outcome is listed when nothing fell into it. */
    static final String OTHER_OUTCOMES = "(any other)";

    private ResultConverter() {
    }

    static TestResult convert(String name, TestInfo info,
                              List<org.openjdk.jcstress.infra.collectors.TestResult> forks, Context context) {
        List<String> configurations = configurations(forks, context.settings());
        List<String> problems = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        Map<String, Long> counts = new TreeMap<>();
        long samples = 0;
        boolean gradesNonTermination = gradesNonTermination(info);
        for (org.openjdk.jcstress.infra.collectors.TestResult fork : forks) {
            boolean countedAsOutcome = gradesNonTermination && neverReturned(fork);
            if (countedAsOutcome || fork.status() != org.openjdk.jcstress.infra.Status.NORMAL) {
                appendOutput(output, fork);
            }
            if (!countedAsOutcome && fork.status() != org.openjdk.jcstress.infra.Status.NORMAL) {
                problems.add(fork.status() + (gradesNonTermination
                        && fork.status() == org.openjdk.jcstress.infra.Status.TIMEOUT_ERROR
                        ? " without the watch's loop marker (a slow or stalled machine, not a loop)" : "")
                        + firstMessage(fork) + " in " + describe(fork.getConfig()));
            }
            for (Map.Entry<String, Long> e : countsOf(fork, gradesNonTermination).entrySet()) {
                counts.merge(e.getKey(), e.getValue(), Long::sum);
                samples += e.getValue();
            }
        }

        List<OutcomeCount> outcomes = outcomes(info, counts);
        GuardOf guardOf = guardOf(name);
        JcstressDetail.Role role = guardOf != null ? JcstressDetail.Role.GUARD
                : outcomes.stream().anyMatch(o -> o.expect() == Expectation.ACCEPTABLE_INTERESTING)
                ? JcstressDetail.Role.DEMONSTRATION : null;
        List<String> twins = guardOf != null ? demonstrationsOf(name)
                : role == JcstressDetail.Role.DEMONSTRATION ? guardsOf(name) : List.of();
        JcstressDetail detail = new JcstressDetail(samples, outcomes, configurations, context.htmlReport(),
                forks.size(), role, twins, byConfiguration(forks, outcomes, gradesNonTermination),
                firstObserved(context.timeline(), outcomes, gradesNonTermination));
        String description = info.description();

        if (forks.isEmpty()) {
            return result(name, description, Status.ERROR, context, "jcstress produced no result for this test",
                    null, detail);
        }
        if (!problems.isEmpty()) {
            return result(name, description, Status.ERROR, context,
                    "jcstress: " + String.join("; ", new LinkedHashSet<>(problems)), output.toString(), detail);
        }
        String caveat = structuralCaveat(name, context.mapClass());
        String keptOutput = output.length() == 0 ? null : output.toString();
        List<OutcomeCount> failing = seen(outcomes, Expectation.FORBIDDEN, Expectation.UNKNOWN);
        if (!failing.isEmpty()) {
            return result(name, description, Status.FAILED, context,
                    "forbidden outcome observed: " + summary(failing, samples) + firstSeen(failing, detail) + caveat,
                    keptOutput, detail);
        }
        List<OutcomeCount> interesting = seen(outcomes, Expectation.ACCEPTABLE_INTERESTING);
        if (!interesting.isEmpty()) {
            return result(name, description, Status.INTERESTING, context,
                    "interesting outcome observed: " + summary(interesting, samples) + firstSeen(interesting, detail)
                            + caveat, keptOutput, detail);
        }
        NeverFiredOn never = role == JcstressDetail.Role.DEMONSTRATION ? JcstressEngine.neverFiredHere(info) : null;
        String expected = never == null ? "" : "; expected on " + System.getProperty("os.arch") + ": "
                + never.evidence();
        // A demonstration that did not break is no evidence either way: NOT_OBSERVED, never PASSED.
        return result(name, description, role == JcstressDetail.Role.DEMONSTRATION ? Status.NOT_OBSERVED
                        : Status.PASSED, context,
                String.format(Locale.ROOT, "%,d samples, no interesting outcome", samples) + expected + caveat,
                keptOutput, detail);
    }

    /** The test's class: its binary name, since a nested test's name ({@code Outer.Inner}) is not one. */
    private static Class<?> testClass(String testName) {
        TestInfo info = TestList.getInfo(testName);
        try {
            return Class.forName(info == null ? testName : info.binaryName(), false,
                    ResultConverter.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static GuardOf guardOf(String testName) {
        Class<?> type = testClass(testName);
        return type == null ? null : type.getAnnotation(GuardOf.class);
    }

    /** The demonstrations a guard is the safe twin of ({@link GuardOf}); empty for any other test. */
    static List<String> demonstrationsOf(String testName) {
        GuardOf g = guardOf(testName);
        return g == null ? List.of() : Arrays.stream(g.value()).map(Class::getCanonicalName).toList();
    }

    /**
     * Whether the test is a demonstration by its declaration, before it ran: not a {@link GuardOf} twin, and an
     * outcome declared ACCEPTABLE_INTERESTING (the rule {@link #convert} applies to the graded outcomes).
     */
    static boolean demonstrates(TestInfo info) {
        return guardOf(info.name()) == null
                && info.cases().stream().anyMatch(c -> c.expect() == Expect.ACCEPTABLE_INTERESTING);
    }

    /** Every test of the suite that names {@code demonstration} in its {@link GuardOf}. */
    private static List<String> guardsOf(String demonstration) {
        return TestList.tests().stream().sorted().filter(t -> {
            GuardOf g = guardOf(t);
            return g != null && Arrays.stream(g.value()).anyMatch(c -> c.getCanonicalName().equals(demonstration));
        }).toList();
    }

    /**
     * For a test whose race needs a structural change ({@link StructuralChange}) run on a user's map: what the
     * run could not establish. For the JDK defaults a unit test proves the change; inside a user's map the
     * harness cannot look.
     */
    static String structuralCaveat(String testName, String mapClass) {
        if (mapClass == null) {
            return "";
        }
        Class<?> type = testClass(testName);
        StructuralChange change = type == null ? null : type.getAnnotation(StructuralChange.class);
        if (change == null) {
            return "";
        }
        return "; not established for --map " + mapClass + ": that " + change.value()
                + " (the harness cannot see inside this map, so a PASS here shows only that no entry was lost)";
    }

    static List<OutcomeCount> outcomes(TestInfo info, Map<String, Long> counts) {
        List<OutcomeCount> outcomes = new ArrayList<>();
        Set<String> unmatched = new LinkedHashSet<>(counts.keySet());
        for (StateCase c : info.cases()) {
            boolean matched = false;
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                if (declaredCase(info, e.getKey()) == c) {
                    outcomes.add(new OutcomeCount(e.getKey(), e.getValue(), expectation(c.expect()), c.description()));
                    unmatched.remove(e.getKey());
                    matched = true;
                }
            }
            if (!matched) {
                outcomes.add(new OutcomeCount(c.matchPattern(), 0, expectation(c.expect()), c.description()));
            }
        }
        StateCase fallback = info.unmatched();
        for (String key : unmatched) {
            Expectation expect = fallback == null ? Expectation.UNKNOWN : expectation(fallback.expect());
            String desc = fallback == null ? "Not declared by the test." : fallback.description();
            outcomes.add(new OutcomeCount(key, counts.get(key), expect, desc));
        }
        // A catch-all @Outcome (declared without an id) has an empty pattern; jcstress's own default is ".*".
        if (unmatched.isEmpty() && fallback != null && fallback.matchPattern().isEmpty()) {
            outcomes.add(new OutcomeCount(OTHER_OUTCOMES, 0, expectation(fallback.expect()), fallback.description()));
        }
        return outcomes;
    }

    /** The declared case an outcome counts under: the first that matches it, as jcstress grades; null if none. */
    static StateCase declaredCase(TestInfo info, String outcome) {
        for (StateCase c : info.cases()) {
            if (c.matches(outcome)) {
                return c;
            }
        }
        return null;
    }

    static Expectation expectation(Expect expect) {
        return switch (expect) {
            case ACCEPTABLE -> Expectation.ACCEPTABLE;
            case ACCEPTABLE_INTERESTING -> Expectation.ACCEPTABLE_INTERESTING;
            case FORBIDDEN -> Expectation.FORBIDDEN;
            default -> Expectation.UNKNOWN;
        };
    }

    private static List<OutcomeCount> seen(List<OutcomeCount> outcomes, Expectation... grades) {
        Set<Expectation> wanted = Set.of(grades);
        return outcomes.stream().filter(o -> o.count() > 0 && wanted.contains(o.expect())).toList();
    }

    private static String summary(List<OutcomeCount> outcomes, long samples) {
        return outcomes.stream()
                .map(o -> String.format(Locale.ROOT, "[%s] %,d", o.outcome(), o.count()))
                .collect(Collectors.joining(", "))
                + String.format(Locale.ROOT, " of %,d samples", samples);
    }

    /** When the first of {@code shown} showed, or nothing where that was not recorded. */
    private static String firstSeen(List<OutcomeCount> shown, JcstressDetail detail) {
        return detail.earliest(shown.stream().map(OutcomeCount::outcome).toList())
                .map(f -> String.format(Locale.ROOT, "; first in fork %d of %d, after %.1f s", f.fork(), detail.forks(),
                        f.afterMs() / 1000.0))
                .orElse("");
    }

    private static List<String> configurations(List<org.openjdk.jcstress.infra.collectors.TestResult> forks,
                                               String settings) {
        Set<String> configs = new LinkedHashSet<>();
        configs.add("jcstress " + settings);
        for (org.openjdk.jcstress.infra.collectors.TestResult fork : forks) {
            if (fork.getConfig() != null) {
                configs.add(describe(fork.getConfig()));
            }
        }
        return List.copyOf(configs);
    }

    /**
     * Forks, samples and notable outcome counts per JVM configuration, in the order the configurations first
     * ran: where a rare outcome came from, and how many forks of each configuration stand behind a "never".
     */
    static List<ConfigurationEvidence> byConfiguration(List<org.openjdk.jcstress.infra.collectors.TestResult> forks,
                                                       List<OutcomeCount> outcomes, boolean gradesNonTermination) {
        Predicate<Map.Entry<String, Long>> notable = notable(outcomes);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (org.openjdk.jcstress.infra.collectors.TestResult fork : forks) {
            TestConfig config = fork.getConfig();
            Tally tally = tallies.computeIfAbsent(describe(config), c -> new Tally(config == null ? null
                    : new ConfigurationEvidence.Replay(config.jvmArgs, config.getCompileMode())));
            tally.forks++;
            boolean showed = false;
            for (Map.Entry<String, Long> e : countsOf(fork, gradesNonTermination).entrySet()) {
                tally.samples += e.getValue();
                if (notable.test(e)) {
                    tally.notable.merge(e.getKey(), e.getValue(), Long::sum);
                    showed = true;
                }
            }
            tally.notableForks += showed ? 1 : 0;
        }
        List<ConfigurationEvidence> evidence = new ArrayList<>();
        tallies.forEach((config, t) -> evidence.add(new ConfigurationEvidence(config, t.forks, t.samples,
                Map.copyOf(t.notable), t.replay, t.notableForks)));
        return List.copyOf(evidence);
    }

    /**
     * When each notable outcome (not plain ACCEPTABLE) first showed: the fork, in the order the forks finished, whose
     * counts first held it, the samples up to then and the time. A fork's samples arrive together when it ends, so
     * an outcome is dated by the end of the first fork that had it.
     */
    static List<FirstObservation> firstObserved(List<ForkTimeline.Finished> timeline, List<OutcomeCount> outcomes,
                                                boolean gradesNonTermination) {
        Predicate<Map.Entry<String, Long>> notable = notable(outcomes);
        Map<String, FirstObservation> first = new LinkedHashMap<>();
        long samples = 0;
        for (int i = 0; i < timeline.size(); i++) {
            Map<String, Long> counts = countsOf(timeline.get(i).fork(), gradesNonTermination);
            samples += counts.values().stream().mapToLong(Long::longValue).sum();
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                if (notable.test(e) && !first.containsKey(e.getKey())) {
                    first.put(e.getKey(), new FirstObservation(e.getKey(), i + 1, samples,
                            timeline.get(i).afterMs()));
                }
            }
        }
        return List.copyOf(first.values());
    }

    /**
     * Whether a fork's count of an outcome is notable: seen, and graded other than plain ACCEPTABLE (interesting,
     * forbidden, or not declared at all).
     */
    private static Predicate<Map.Entry<String, Long>> notable(List<OutcomeCount> outcomes) {
        Map<String, Expectation> grade = new HashMap<>();
        outcomes.forEach(o -> grade.put(o.outcome(), o.expect()));
        return e -> e.getValue() > 0 && grade.getOrDefault(e.getKey(), Expectation.UNKNOWN) != Expectation.ACCEPTABLE;
    }

    /** One configuration's forks, samples and notable outcome counts, as they are added up. */
    private static final class Tally {
        final ConfigurationEvidence.Replay replay;
        int forks;
        int notableForks;
        long samples;
        final Map<String, Long> notable = new TreeMap<>();

        Tally(ConfigurationEvidence.Replay replay) {
            this.replay = replay;
        }
    }

    /**
     * A fork's samples per outcome. A fork that never returned, where the test grades that, lost its own counts
     * with it: the one sample it was stuck in is its evidence, as {@value #DID_NOT_TERMINATE}.
     */
    static Map<String, Long> countsOf(org.openjdk.jcstress.infra.collectors.TestResult fork,
                                      boolean gradesNonTermination) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (gradesNonTermination && neverReturned(fork)) {
            counts.put(DID_NOT_TERMINATE, 1L);
        }
        for (String key : fork.getStateKeys()) {
            counts.merge(key, fork.getCount(key), Long::sum);
        }
        return counts;
    }

    /** Whether the test declares {@value #DID_NOT_TERMINATE} as an outcome of its own. */
    static boolean gradesNonTermination(TestInfo info) {
        return info.cases().stream().anyMatch(c -> c.matches(DID_NOT_TERMINATE));
    }

    /** "JVM [args], compile modes", as the configurations list names it. */
    static String describe(TestConfig config) {
        return config == null ? "(configuration not recorded)" : "JVM " + config.jvmArgs + ", "
                + oneLine(CompileMode.description(config.getCompileMode(), config.actorNames));
    }

    /**
     * jcstress describes split compilation over several lines ("split", then "writer: C2" per actor); a
     * configuration is one line wherever it is shown (tables, Markdown): "split: writer C2, reader C1".
     */
    static String oneLine(String compileModes) {
        String[] lines = compileModes.strip().split("\\s*\\n\\s*");
        if (lines.length == 1) {
            return lines[0];
        }
        StringBuilder s = new StringBuilder(lines[0]).append(": ");
        for (int i = 1; i < lines.length; i++) {
            s.append(i > 1 ? ", " : "").append(lines[i].replace(": ", " "));
        }
        return s.toString();
    }

    /**
     * A fork that the test's own watch ({@link NonTermination}) saw looping: it prints its marker and halts the fork
     * when a watched
     * operation is stuck for 20 s, before jcstress's own timeout (the longer of 30 s and ten times a fork's time). A
     * fork jcstress timed out without the marker was not caught in a loop: an overloaded or stalled machine, no
     * outcome of the map's (ERROR, never a verdict on it).
     */
    private static boolean neverReturned(org.openjdk.jcstress.infra.collectors.TestResult fork) {
        return fork.status() != org.openjdk.jcstress.infra.Status.NORMAL
                && Stream.of(fork.getVmOut(), fork.getVmErr(), fork.getMessages()).flatMap(List::stream)
                .anyMatch(line -> line.contains(NonTermination.MARKER));
    }

    private static String firstMessage(org.openjdk.jcstress.infra.collectors.TestResult fork) {
        return fork.getMessages().stream().filter(m -> !m.isBlank()).findFirst().map(m -> ": " + m.strip()).orElse("");
    }

    private static void appendOutput(StringBuilder out, org.openjdk.jcstress.infra.collectors.TestResult fork) {
        TestConfig config = fork.getConfig();
        out.append("== ").append(fork.status());
        if (config != null) {
            out.append(" in JVM ").append(config.jvmArgs);
        }
        out.append('\n');
        fork.getMessages().forEach(m -> out.append(m).append('\n'));
        if (!fork.getVmOut().isEmpty()) {
            out.append("-- VM stdout\n");
            fork.getVmOut().forEach(m -> out.append(m).append('\n'));
        }
        if (!fork.getVmErr().isEmpty()) {
            out.append("-- VM stderr\n");
            fork.getVmErr().forEach(m -> out.append(m).append('\n'));
        }
    }

    private static TestResult result(String name, String description, Status status, Context context, String message,
                                     String output, JcstressDetail detail) {
        return new TestResult(Source.JCSTRESS, name, description, status, context.durationMs(), message, output,
                context.reproduce(), detail);
    }
}
