package org.stressharness.cli;

import org.stressharness.results.suite.UsageException;
import org.stressharness.report.bench.BenchFigures;
import org.stressharness.report.bench.BenchMarkdown;
import org.stressharness.report.bench.BenchReport;
import org.stressharness.report.bench.BenchReport.Detection;
import org.stressharness.report.bench.BenchReport.GuardBound;
import org.stressharness.report.bench.BenchReport.LincheckThroughput;
import org.stressharness.report.bench.BenchReport.RenderCost;
import org.stressharness.report.bench.BenchReport.ScenarioCost;
import org.stressharness.report.bench.BenchReport.SuiteCost;
import org.stressharness.results.json.AtomicFiles;
import org.stressharness.results.json.Json;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Host;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.ScenarioMetrics;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code harness bench}: measures the harness itself on this machine — what each profile costs, how reliably
 * and how fast the demonstrations catch their races, Lincheck's throughput, the scenarios' cost and the cost of
 * rendering reports. Whole-suite figures come from real {@code harness run}s; writes bench.json and bench.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures detection power, time to detection and cost per profile on this machine; "
                + "writes bench.json and bench.md into a new directory.")
final class BenchCommand implements Callable<Integer> {

    enum Part { COST, DETECTION, LINCHECK, SCENARIOS, RENDERING, HISTORY, JMH }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--profiles", split = ",", defaultValue = "quick", paramLabel = "NAME",
            description = "Profiles to measure (default quick).")
    List<String> profileNames;

    @Option(names = "--profile-runs", paramLabel = "N", defaultValue = "1",
            description = "Whole runs of the profile for the detection part; each demonstration says in how many of "
                    + "them it fired (default 1).")
    int profileRuns;

    @Option(names = "--exact-repetitions", paramLabel = "N",
            description = "Tries per demonstration in the configuration that showed it (default: --repetitions).")
    Integer exactRepetitions;

    @Option(names = "--history-size", split = ",", defaultValue = "365,12,100", paramLabel = "NIGHTS,JOBS,TESTS",
            description = "Synthetic history to read and render (default 365,12,100: a year of 12 nightly jobs).")
    List<Integer> historySize;

    @Option(names = "--parts", split = ",", paramLabel = "PART",
            description = "cost, detection, lincheck, scenarios, rendering, history, jmh (default: all).")
    List<String> partNames;

    @Option(names = "--repetitions", defaultValue = "3", description = "Tries per demonstration for time to first "
            + "observation (default 3).")
    int repetitions;

    @Option(names = "--detection-limit", defaultValue = "2m", paramLabel = "DURATION",
            description = "Give up on a try after this long (default 2m).")
    String detectionLimit;

    @Option(names = "--one-cpu", description = "Also run each profile pinned to one CPU (taskset) to show how cost "
            + "scales.")
    boolean oneCpu;

    @Option(names = "--only", paramLabel = "REGEX", description = "Only these tests (as harness run --only).")
    String only;

    @Option(names = "--render-sizes", split = ",", defaultValue = "500,5000,50000", paramLabel = "N",
            description = "Synthetic result counts to render (default 500,5000,50000).")
    List<Integer> renderSizes;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the bench directory goes (default: reports/out).")
    Path out;

    private final PrintStream console = System.out;

    @Override
    public Integer call() throws Exception {
        List<Profile> profiles = profileNames.stream().map(Profile::parse).toList();
        Set<Part> parts = parts();
        Duration limit = DurationOption.parse(detectionLimit);
        if (repetitions < 0 || (repetitions == 0 && profileRuns < 2)) {
            throw new UsageException("--repetitions must be at least 1 (0 only with --profile-runs 2 or more)");
        }
        if (profileRuns < 1) {
            throw new UsageException("--profile-runs must be at least 1");
        }
        HarnessHome home = HarnessHome.locate();
        Host host = HostProbe.current();
        Path root = out == null ? home.defaultOut() : out.toAbsolutePath();
        Files.createDirectories(root);
        Path dir = RunDirectory.create(root, "bench-", host.arch()).path();
        Instant started = Instant.now();
        console.println("Benchmarks → " + dir);

        List<SuiteCost> cost = new ArrayList<>();
        List<Detection> detection = new ArrayList<>();
        List<GuardBound> guards = new ArrayList<>();
        List<LincheckThroughput> lincheck = new ArrayList<>();
        List<ScenarioCost> scenarios = new ArrayList<>();
        List<RenderCost> rendering = new ArrayList<>();
        List<BenchReport.JmhResult> jmh = new ArrayList<>();
        boolean needRun = parts.contains(Part.COST) || parts.contains(Part.DETECTION) || parts.contains(Part.LINCHECK)
                || parts.contains(Part.SCENARIOS);
        for (Profile profile : profiles) {
            if (!needRun) {
                break;
            }
            ProfileRun all = runProfile(home, dir, profile, host.cores(), List.of());
            cost.add(all.cost);
            if (oneCpu && parts.contains(Part.COST) && host.cores() > 1) {
                cost.add(runProfile(home, dir, profile, 1, List.of("taskset", "-c", "0")).cost);
            }
            if (parts.contains(Part.DETECTION)) {
                List<Run> runs = new ArrayList<>(List.of(all.run));
                for (int i = 1; i < profileRuns; i++) {
                    runs.add(runProfile(home, dir, profile, host.cores(), List.of()).run);
                }
                detection.addAll(detection(home, dir, profile, all.run, runs, limit));
                guards.addAll(BenchFigures.guards(profile, all.run));
            }
            if (parts.contains(Part.LINCHECK)) {
                lincheck.addAll(BenchFigures.lincheck(profile, all.run));
            }
            if (parts.contains(Part.SCENARIOS)) {
                scenarios.addAll(scenarios(home, dir, profile, all.run));
            }
        }
        if (parts.contains(Part.RENDERING)) {
            for (int n : renderSizes) {
                rendering.add(RenderBench.measure(n, dir.resolve("render-" + n)));
                console.printf("rendered %d results%n", n);
            }
        }
        List<BenchReport.HistoryCost> history = new ArrayList<>();
        if (parts.contains(Part.HISTORY)) {
            history.add(HistoryBench.measure(historySize.get(0), historySize.get(1), historySize.get(2),
                    dir.resolve("history")));
            console.printf("history of %d nights x %d jobs x %d tests read and rendered%n", historySize.get(0),
                    historySize.get(1), historySize.get(2));
        }
        if (parts.contains(Part.JMH)) {
            jmh.addAll(JmhBenchmarks.run(home, dir, console));
        }
        if (!parts.contains(Part.COST)) {
            cost.clear();
        }
        BenchReport report = new BenchReport(dir.getFileName().toString(), started.toString(), Instant.now().toString(),
                host, HarnessCli.invocation(spec), cost, detection, guards, lincheck, scenarios, rendering, jmh,
                        history);
        AtomicFiles.write(dir.resolve("bench.json"),
                Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        String md = new BenchMarkdown().render(report);
        AtomicFiles.write(dir.resolve("bench.md"), md);
        console.println();
        console.println(md);
        console.println("Written: " + dir.resolve("bench.json") + "\n         " + dir.resolve("bench.md"));
        return 0;
    }

    private Set<Part> parts() {
        if (partNames == null || partNames.isEmpty()) {
            return EnumSet.allOf(Part.class);
        }
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (String p : partNames) {
            try {
                parts.add(Part.valueOf(p.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("unknown part '" + p + "' (expected cost, detection, lincheck, scenarios, "
                        + "rendering, history, jmh)");
            }
        }
        return parts;
    }

    private record ProfileRun(Run run, SuiteCost cost) {
    }

    /** A real {@code harness run} in its own process, so its CPU time (and its forks') can be counted. */
    private ProfileRun runProfile(HarnessHome home, Path dir, Profile profile, int cpus, List<String> prefix)
            throws IOException, InterruptedException {
        String label = profile.id() + "-" + cpus + "cpu";
        Path runs = dir.resolve("runs").resolve(label);
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + HarnessHome.PROPERTY + "=" + home.root(), "-cp", System.getProperty("java.class.path"),
                HarnessCommand.class.getName(), "run", "--profile", profile.id(), "--out", runs.toString()));
        if (only != null) {
            cmd.addAll(List.of("--only", only));
        }
        console.println("== bench: harness run --profile " + profile.id() + " on " + cpus + " CPU(s)");
        double cpu0 = ChildCpuTime.seconds();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int exit = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = ChildCpuTime.seconds() - cpu0;
        Path latest = runs.resolve(RunDirectory.LATEST);
        if (!Files.exists(latest)) {
            throw new UsageException("the " + label + " run wrote no run directory (exit " + exit + ")");
        }
        Run run = RunFile.read(latest);
        Map<String, Double> perSuite = new LinkedHashMap<>();
        for (Suite s : Suite.values()) {
            double secs = run.results().stream().filter(r -> r.source() == s.source())
                    .mapToLong(TestResult::durationMs).sum() / 1000.0;
            perSuite.put(s.id(), secs);
        }
        List<TestResult> jc = BenchFigures.ofSource(run, Source.JCSTRESS);
        // The jcstress suite lists its settings first, then one "JVM [...]" entry per JVM configuration run.
        int configs = (int) jc.stream().filter(r -> r.jcstress() != null)
                .flatMap(r -> r.jcstress().configurations().stream()).filter(c
                        -> c.startsWith("JVM")).distinct().count();
        long testRuns = jc.stream().filter(r -> r.jcstress() != null)
                .mapToLong(r -> r.jcstress().configurations().stream().filter(c -> c.startsWith("JVM")).count()).sum();
        String rel = dir.relativize(latest.toRealPath()).toString();
        return new ProfileRun(run, new SuiteCost(profile.id(), cpus, wall, cpu, run.results().size(), perSuite,
                configs, testRuns, exit, rel));
    }

    /** Where one try at seeing a demonstration's race keeps its attempts. */
    private static Path tryDir(Path dir, Profile profile, TestResult demo, String tryName) {
        return dir.resolve("detection").resolve(profile.id()).resolve(demo.name().replaceAll("[^A-Za-z0-9_.-]", "_"))
                .resolve(tryName);
    }

    private List<Detection> detection(HarnessHome home, Path dir, Profile profile, Run run, List<Run> runs,
                                      Duration limit) {
        List<Detection> found = new ArrayList<>();
        for (TestResult r : BenchFigures.ofSource(run, Source.JCSTRESS)) {
            if (!BenchFigures.isDemonstration(r)) {
                continue;
            }
            long racy = BenchFigures.racy(r);
            double frequency = r.jcstress().samples() == 0 ? Double.NaN : (double) racy / r.jcstress().samples();
            List<Double> seconds = new ArrayList<>();
            List<Long> samples = new ArrayList<>();
            List<Integer> attempts = new ArrayList<>();
            int seen = 0;
            // A race the whole profile run never showed will not show in a few tries of the same run either:
            // its row says how many samples missed it, and no time is spent chasing it.
            int tries = racy == 0 ? 0 : repetitions;
            for (int i = 1; i <= tries; i++) {
                console.printf("== bench: %s, try %d/%d: until its race is seen%n", r.name(), i, repetitions);
                Reproduction.Outcome o = new Reproduction(home, Suite.JCSTRESS, r.name(), Status.INTERESTING, null,
                        profile, null, List.of(), List.of(), TeamTests.NONE).run(tryDir(dir, profile, r, "try-" + i),
                                true, limit,
                                quiet());
                requireEvidence(o, r);
                seen += o.observed() ? 1 : 0;
                seconds.add(o.observed() ? o.took().toMillis() / 1000.0 : limit.toMillis() / 1000.0);
                samples.add(o.samples());
                attempts.add(o.attempts());
            }
            // The same race, reproduced as harness reproduce does: only in the configuration that showed it.
            Optional<ShowingConfiguration> showing = tries == 0 ? Optional.empty() : ShowingConfiguration.of(r, null);
            List<Double> exactSeconds = new ArrayList<>();
            int exactSeen = 0;
            int exactTries = tries == 0 ? 0 : exactRepetitions != null ? exactRepetitions : repetitions;
            for (int i = 1; showing.isPresent() && i <= exactTries; i++) {
                console.printf("== bench: %s, exact configuration, try %d/%d%n", r.name(), i, exactTries);
                Reproduction.Outcome o = new Reproduction(home, Suite.JCSTRESS, r.name(), Status.INTERESTING, null,
                        profile, null, List.of(), showing.get().suiteArguments(), TeamTests.NONE)
                        .run(tryDir(dir, profile, r, "exact-" + i), true, limit, quiet());
                requireEvidence(o, r);
                exactSeen += o.observed() ? 1 : 0;
                exactSeconds.add(o.observed() ? o.took().toMillis() / 1000.0 : limit.toMillis() / 1000.0);
            }
            List<TestResult> fired = runs.stream().flatMap(x -> x.results().stream())
                    .filter(x -> x.name().equals(r.name()) && x.jcstress() != null && BenchFigures.racy(x) > 0)
                    .toList();
            List<Double> firstInRun = fired.stream().map(BenchFigures::secondsToFirstInteresting)
                    .filter(Objects::nonNull).toList();
            double perSecond = r.durationMs() > 0 ? r.jcstress().samples() * 1000.0 / r.durationMs() : Double.NaN;
            found.add(new Detection(profile.id(), r.name(), frequency, r.jcstress().samples(), tries, seen,
                    seconds, samples, attempts, showing.map(c -> c.evidence().configuration()).orElse(null),
                    exactSeen, exactSeconds, runs.size(), fired.size(), perSecond, firstInRun));
        }
        return found;
    }

    /** A try whose attempt crashed or gave no result measures nothing: the bench stops rather than count it a miss. */
    private static void requireEvidence(Reproduction.Outcome o, TestResult r) {
        if (o.error() != null) {
            throw new IllegalStateException("bench: a try of " + r.name() + " gave no evidence: " + o.error());
        }
    }

    private List<ScenarioCost> scenarios(HarnessHome home, Path dir, Profile profile, Run run) {
        List<ScenarioCost> rows = new ArrayList<>();
        Map<String, TestResult> unmonitored = ScenarioMonitoring.runUnmonitored(home, dir.resolve("unmonitored")
                .resolve(profile.id()), profile, only, console);
        for (TestResult r : BenchFigures.ofSource(run, Source.SCENARIO)) {
            if (r.scenario() == null) {
                continue;
            }
            TestResult u = unmonitored.get(r.name());
            rows.add(new ScenarioCost(profile.id(), r.name(), BenchFigures.seconds(r),
                    BenchFigures.metric(r, ScenarioMetrics.ELEMENTS_AT_OOM),
                    u == null ? Double.NaN : BenchFigures.seconds(u),
                    u == null ? Double.NaN : BenchFigures.metric(u, ScenarioMetrics.ELEMENTS_AT_OOM)));
        }
        return rows;
    }

    private static PrintStream quiet() {
        return new PrintStream(java.io.OutputStream.nullOutputStream());
    }
}
