package org.stressharness.cli;

import org.stressharness.results.suite.UsageException;
import org.stressharness.results.model.Host;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.ProfileSettings;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.suite.SuiteContract;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code harness run}: forks the three suites, merges their results into one run, writes the report. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the jcstress suite, the Lincheck suite and the memory scenarios, each in its own JVM, "
                + "then writes one report; with --jcstress-tests, --lincheck-tests or --workload, a team's own tests "
                + "in place of ours. Exit 0: nothing failed; 1: a correctness failure; 2: bad input, nothing ran; "
                + "3: planned tests never ran (the budget ran out); 4: a test gave no verdict (a crash, a hang, a "
                + "machine fault).")
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--profile", defaultValue = "quick", paramLabel = "NAME",
            description = "smoke, quick (default: the whole run in under 10 minutes on 2 cores), nightly or tough.")
    String profileName;

    @Option(names = "--only", paramLabel = "REGEX", description = "Run only the tests whose name matches (regex find).")
    String only;

    @Option(names = "--out", paramLabel = "DIR", description = "Where run directories go (default: reports/out).")
    Path out;

    @Option(names = "--suites", split = ",", paramLabel = "SUITE",
            description = "Which suites to run: jcstress, lincheck, scenarios (default: all).")
    List<String> suiteNames;

    @Option(names = "--map", paramLabel = "CLASS",
            description = "A Map implementation (public no-arg constructor) to test instead of the built-in ones.")
    String map;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Jars or directories (separated by ':', ';' on Windows) holding the --map or --workload "
                    + "class and what it needs.")
    String classpath;

    @Option(names = "--jcstress-tests", split = ",", paramLabel = "JAR|DIR",
            description = "Your own jcstress 0.16 tests (a jar built with the jcstress archetype, or classes compiled "
                    + "with jcstress-core), run by the jcstress suite in place of ours.")
    List<Path> jcstressTests;

    @Option(names = "--lincheck-tests", split = ",", paramLabel = "JAR|DIR",
            description = "Your own Lincheck checks (public classes with @Operation methods), run by the Lincheck "
                    + "suite in place of ours, beside our negative controls.")
    List<Path> lincheckTests;

    @Option(names = "--workload", paramLabel = "CLASS",
            description = "Your own org.stressharness.api.MemoryWorkload (on --classpath), driven to OutOfMemoryError "
                    + "by the memory scenarios in place of ours.")
    String workload;

    @Option(names = "--baseline", paramLabel = "RUN_DIR",
            description = "The run the report compares with in its first block (default: the newest earlier complete "
                    + "run of the same profile and architecture in the output directory).")
    Path baseline;

    @Option(names = "--shard", paramLabel = "I/N", defaultValue = "1/1",
            description = "Run only the I-th of N deterministic slices of the suite (for several CI runners).")
    String shardText;

    @Option(names = "--budget", paramLabel = "DURATION",
            description = "Cap the run's wall time (e.g. 45m); when it is up the run stops cleanly, marked partial.")
    String budgetText;

    // --heap and --gc are checked by the scenarios suite itself when it lists its tests, before anything runs.
    @Option(names = "--heap", paramLabel = "SIZE",
            description = "Heap (-Xmx) of the memory scenarios' JVMs, e.g. 64m (default depends on the profile).")
    String heap;

    @Option(names = "--gc", paramLabel = "NAME", description = "Collector of the memory scenarios' JVMs: G1 "
            + "(default), Serial, Parallel or Z.")
    String gc;

    @Option(names = "--heap-dump", description = "Let the memory scenarios' JVMs write a heap dump (an .hprof file) at "
            + "the OutOfMemoryError.")
    boolean heapDump;

    @Option(names = "--jfr", description = "Run a twin of each memory scenario's JVM under JDK Flight Recorder (the "
            + "measured one runs without it, so the figures do not move) and keep its recording in the run directory "
            + "(scenarios/recorded/<scenario>-<heap>.jfr, which opens in JDK Mission Control); the report summarises "
            + "the GCs, the top allocation sites and the old-object samples, taken at the alert while the structure "
            + "is alive.")
    boolean jfr;

    @Option(names = "--suite-timeout", paramLabel = "DURATION",
            description = "Stop a suite that runs longer than this (default depends on the profile).")
    String suiteTimeout;

    @Option(names = "--test-timeout", paramLabel = "DURATION",
            description = "Stop a test that has not finished after this long; it becomes an ERROR with a thread "
                    + "dump and the suite's other tests go on (default depends on the profile).")
    String testTimeout;

    @Option(names = "--resume", paramLabel = "RUN_DIR",
            description = "Finish an interrupted or killed run in its own directory, with the configuration it "
                    + "recorded: tests with a result are not run again, the others are, and the report is whole.")
    Path resume;

    /** The plan of the run being resumed; null for a new run. */
    private RunPlan resumed;

    @Override
    public Integer call() {
        if (resume != null && resumed == null) {
            return resume();
        }
        Profile profile = parseProfile();
        checkRegex();
        // Absolute: each suite runs in a directory of its own.
        List<String> userClasspath = classpath == null || classpath.isBlank() ? List.of()
                : Arrays.stream(classpath.split(File.pathSeparator)).filter(e -> !e.isBlank())
                        .map(e -> Path.of(e).toAbsolutePath().toString()).toList();
        if (map != null) {
            MapClassCheck.verify(map, userClasspath);
        }
        if (baseline != null) {
            PreviousRun.given(baseline); // a baseline that cannot be read is refused before anything runs
        }
        TeamTests team = new TeamTests(jcstressTests, lincheckTests, workload);
        team.verify();
        List<Suite> suites = suiteNames == null || suiteNames.isEmpty() ? team.defaultSuites()
                : suiteNames.stream().map(Suite::parse).distinct().toList();
        Duration timeout = suiteTimeout == null ? defaultTimeout(profile) : parseDuration(suiteTimeout);
        Duration perTest = testTimeout == null ? defaultTestTimeout(profile) : parseDuration(testTimeout);
        Shard shard = parseShard();
        Budget budget = budgetText == null ? Budget.unlimited() : Budget.of(parseDuration(budgetText));

        HarnessHome home = HarnessHome.locate();
        Host host = HostProbe.current();
        Path outRoot = out == null ? home.defaultOut() : out.toAbsolutePath();
        RunDirectory dir = resumed != null ? RunDirectory.existing(resume)
                : RunDirectory.create(outRoot, host.arch());
        RunSession session = resumed != null
                ? new RunSession(dir, profile, resumed.host(), resumed.command(), System.out,
                        Instant.parse(resumed.startedAt()))
                : new RunSession(dir, profile, host, HarnessCli.invocation(spec), System.out);

        Map<Suite, List<String>> plan = new LinkedHashMap<>();
        if (resumed != null) {
            resumed.suites().forEach((id, tests) -> plan.put(Suite.parse(id), tests));
        }
        try {
            for (Suite suite : resumed != null ? List.<Suite>of() : suites) {
                // List everything and filter here: a suite exits 2 when --only matches none of its own tests,
                // which is no error when the expression was meant for another suite.
                List<String> listArgs = suiteArgs(profile, dir, suite, true);
                replaceOnly(listArgs, null);
                SuiteFork lister = new SuiteFork(suite, home, dir.suiteDir(suite), userClasspath, listArgs, team);
                Pattern filter = only == null ? null : Pattern.compile(only);
                plan.put(suite, shard.select(lister.capture(Duration.ofMinutes(2)).stream()
                        .filter(name -> filter == null || filter.matcher(name).find()).toList()));
            }
        } catch (RuntimeException e) {
            if (resumed == null) {
                dir.discard();
            }
            throw e;
        }
        if (plan.values().stream().allMatch(List::isEmpty)) {
            if (resumed == null) {
                dir.discard();
            }
            throw new UsageException(only != null ? "--only '" + only + "' matches no test"
                    : shard != Shard.ALL ? "shard " + shard + " has no test" : "no test found: is the build complete?");
        }
        if (baseline != null) {
            session.compareWith(baseline.toAbsolutePath());
        }
        session.start(plan);
        int remainingTests = plan.values().stream().mapToInt(List::size).sum();
        for (Map.Entry<Suite, List<String>> e : plan.entrySet()) {
            List<String> tests = e.getValue();
            if (tests.isEmpty() || session.isStopped()) {
                continue;
            }
            Suite suite = e.getKey();
            if (budget.exhausted()) {
                session.skipForBudget(suite);
                continue;
            }
            Duration slice = budget.sliceFor(tests.size(), remainingTests, timeout);
            int[] launches = {selections(dir.suiteDir(suite))};
            Function<List<String>, SuiteFork> forks = some -> {
                // The plan is filtered and sharded here; the suite gets it as a list of names, not a pattern.
                List<String> args = suiteArgs(profile, dir, suite, false);
                replaceOnly(args, null);
                Path selection = dir.suiteDir(suite).resolve("selection-" + (++launches[0]) + ".txt");
                SuiteContract.writeTests(selection, some);
                args.add("--tests");
                args.add(selection.toString());
                return new SuiteFork(suite, home, dir.suiteDir(suite), userClasspath, args, team);
            };
            session.runSuite(suite, forks, slice, perTest, budget.isLimited() && slice.compareTo(timeout) < 0);
            remainingTests -= tests.size();
        }
        return session.finish();
    }

    /**
     * {@code --resume DIR}: the run's recorded command line, parsed again, runs in its directory with its plan.
     * Only the recorded options count; a complete run has nothing to resume.
     */
    private int resume() {
        Path dir = resume.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir) || !RunPlan.existsIn(dir)) {
            throw new UsageException("--resume: " + resume + " is not a run directory (no " + RunPlan.NAME + ")");
        }
        if (Files.exists(dir.resolve(RunFile.NAME)) && RunFile.read(dir).complete()) {
            throw new UsageException("--resume: run " + dir.getFileName() + " is complete; nothing to resume");
        }
        RunPlan plan = RunPlan.read(dir);
        List<String> recorded = plan.command().subList(Math.min(2, plan.command().size()), plan.command().size());
        RunCommand again = new RunCommand();
        CommandLine line = new CommandLine(again);
        line.parseArgs(recorded.toArray(String[]::new));
        again.spec = line.getCommandSpec();
        again.resume = dir;
        again.resumed = plan;
        System.out.println("Resuming run " + plan.id() + " (" + String.join(" ", plan.command()) + ")");
        return again.call();
    }

    /** How many selection files a suite's directory already holds (a resumed run numbers on from there). */
    private static int selections(Path suiteDir) {
        try (var files = Files.list(suiteDir)) {
            return (int) files.filter(f -> f.getFileName().toString().startsWith("selection-")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private Profile parseProfile() {
        try {
            return Profile.parse(profileName);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void checkRegex() {
        if (only == null) {
            return;
        }
        try {
            Pattern.compile(only);
        } catch (PatternSyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--only is not a valid regex: " + e.getDescription() + " in '" + only + "'");
        }
    }

    private Shard parseShard() {
        try {
            return Shard.parse(shardText);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Sets the {@code --only} expression passed to a suite; null removes it. */
    private static void replaceOnly(List<String> args, String regex) {
        int i = args.indexOf("--only");
        if (regex == null) {
            if (i >= 0) {
                args.subList(i, i + 2).clear();
            }
        } else if (i >= 0) {
            args.set(i + 1, regex);
        } else {
            args.add("--only");
            args.add(regex);
        }
    }

    private Duration parseDuration(String text) {
        try {
            return DurationOption.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The profile's test timeout ({@link ProfileSettings.Harness}). */
    private static Duration defaultTestTimeout(Profile profile) {
        return ProfileSettings.of(profile).harness().testTimeout();
    }

    private static Duration defaultTimeout(Profile profile) {
        return ProfileSettings.of(profile).harness().suiteTimeout();
    }

    private List<String> suiteArgs(Profile profile, RunDirectory dir, Suite suite, boolean list) {
        List<String> args = new ArrayList<>(List.of("--profile", profile.id(), "--out",
                dir.suiteDir(suite).toString()));
        if (only != null) {
            args.add("--only");
            args.add(only);
        }
        if (map != null) {
            args.add("--map");
            args.add(map);
        }
        if (suite == Suite.SCENARIOS && heap != null) {
            args.add("--heap");
            args.add(heap);
        }
        if (suite == Suite.SCENARIOS && gc != null) {
            args.add("--gc");
            args.add(gc);
        }
        if (suite == Suite.SCENARIOS && heapDump) {
            args.add("--heap-dump");
        }
        if (suite == Suite.SCENARIOS && jfr) {
            args.add("--jfr");
        }
        if (list) {
            args.add("--list");
        }
        return args;
    }
}
