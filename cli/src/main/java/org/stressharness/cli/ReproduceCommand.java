package org.stressharness.cli;

import org.stressharness.results.suite.ExitCode;
import org.stressharness.results.suite.UsageException;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.Run;
import org.stressharness.report.stats.NotObserved;
import org.stressharness.report.text.Figures;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.model.VerdictLabel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code harness reproduce}: re-runs one test with the configuration a run recorded (suite, profile, map under
 * test, its classpath), until the outcome shows up or time is up, and says what it took.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Re-runs one test (jcstress, Lincheck or scenario) with the configuration recorded in a run. "
                + "Exit 0: reproduced; 1: not observed in the time given; 2: bad input; 4: an attempt crashed or gave "
                + "no result.")
final class ReproduceCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEST", description = "Test name as the report shows it (a unique suffix is "
            + "enough).")
    String test;

    @Option(names = "--from", paramLabel = "RUN_DIR", description = "The run to take the configuration from (default: "
            + "reports/out/latest).")
    Path from;

    @Option(names = "--outcome", paramLabel = "O", description = "The jcstress outcome to look for, e.g. '0, 0' "
            + "(default: the run's verdict).")
    String outcome;

    @Option(names = "--until-observed", description = "Repeat until the outcome is seen or --max-time is up.")
    boolean untilObserved;

    @Option(names = "--max-time", paramLabel = "DURATION", defaultValue = "10m", description = "Time limit for "
            + "--until-observed (default 10m).")
    String maxTime;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the attempts go (default: "
            + "reports/out/reproduce/<run-id>); the run in --from is only read.")
    Path outDir;

    @Option(names = "--profile", paramLabel = "NAME", description = "Override the run's profile.")
    String profileName;

    @Option(names = "--whole-profile", description = "jcstress: re-run the profile's every configuration, not only "
            + "the one in which the outcome was seen (the default when the run recorded it).")
    boolean wholeProfile;

    @Override
    public Integer call() {
        HarnessHome home = HarnessHome.locate();
        Path runDir = from != null ? from : home.defaultOut().resolve(RunDirectory.LATEST);
        Run run = RunFile.read(runDir);
        TestResult recorded = find(run);
        Suite suite = Suite.of(recorded.source());
        Profile profile = Profile.parse(profileName != null ? profileName : run.profile());
        Duration maxTimeGiven = DurationOption.parse(maxTime);
        if (!untilObserved && spec.commandLine().getParseResult().hasMatchedOption("--max-time")) {
            throw new UsageException("--max-time limits --until-observed, which was not given");
        }
        Duration limit = untilObserved ? maxTimeGiven : Duration.ofDays(1);
        RecordedOptions options = RecordedOptions.from(run.command());
        PrintStream out = System.out;

        String jdkNow = System.getProperty("java.runtime.version");
        if (run.host() != null && !jdkNow.equals(run.host().jvmVersion())) {
            out.println("Note: the run used JDK " + run.host().jvmVersion() + " (" + run.host().arch()
                    + "); reproducing on " + jdkNow + " (" + System.getProperty("os.arch") + ")");
        }
        String target = outcome != null ? "outcome [" + outcome + "]" : "status " + VerdictLabel.statusOf(recorded);
        out.println("Reproducing " + recorded.name() + " (" + suite.id() + ", profile " + profile.id()
                + (options.map() == null ? "" : ", map " + options.map()) + ") until " + target + " is seen"
                + (untilObserved ? ", for at most " + DurationOption.format(limit) : ", one attempt"));

        List<String> suiteArgs = suite == Suite.SCENARIOS ? options.scenarioArgs() : List.of();
        if (suite == Suite.JCSTRESS && !wholeProfile) {
            Optional<ShowingConfiguration> showing = ShowingConfiguration.of(recorded, outcome);
            if (showing.isPresent()) {
                out.println("Only in the configuration that showed it in the run: " + showing.get().describe());
                suiteArgs = showing.get().suiteArguments();
            } else {
                out.println("Every configuration of the profile: the run recorded no configuration that showed it");
            }
        }
        // Not inside --from: a kept or downloaded run stays as it was.
        Path base = outDir != null ? outDir.toAbsolutePath() : home.defaultOut().resolve("reproduce").resolve(run.id());
        Path work = base.resolve(Long.toString(System.currentTimeMillis()));
        Reproduction.Outcome result = new Reproduction(home, suite, recorded.name(), VerdictLabel.statusOf(recorded),
                outcome, profile, options.map(), options.classpath(), suiteArgs, options.team())
                .run(work, untilObserved, limit, out);
        String attempts = result.attempts() + " attempt" + (result.attempts() == 1 ? "" : "s");
        if (result.error() != null) {
            // A crashed or empty attempt is no evidence that the outcome is gone: the reproduction failed, not
            // the test.
            System.err.println("harness: reproduce: ERROR: " + result.error());
            return ExitCode.ERROR.code();
        }
        if (result.observed()) {
            out.printf("Reproduced %s: seen %d times in %d samples (%s, %s)%n", target, result.hits(),
                    result.samples(), attempts, DurationOption.format(result.took()));
            return 0;
        }
        out.printf("Not reproduced: %s not seen in %d samples (%s, %s)%s%n", target, result.samples(), attempts,
                DurationOption.format(result.took()), result.attempts() > 0
                        ? String.format("; the attempts are the independent units: with 95%% confidence fewer than "
                        + "%s of attempts like these would show it",
                        Figures.percent(NotObserved.forkBound(result.attempts()))) : "");
        return ExitCode.FAILED.code();
    }

    private TestResult find(Run run) {
        List<TestResult> exact = run.results().stream().filter(r -> r.name().equals(test)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<TestResult> suffix = run.results().stream().filter(r -> r.name().endsWith(test)).toList();
        if (suffix.size() == 1) {
            return suffix.get(0);
        }
        if (suffix.isEmpty()) {
            throw new UsageException("no test named '" + test + "' in run " + run.id());
        }
        throw new UsageException("'" + test + "' names " + suffix.size() + " tests in run " + run.id() + " (e.g. "
                + suffix.get(0).name() + ", " + suffix.get(1).name() + "): be more specific");
    }

    /** The options of the recorded run that shape what a test does (the scenarios' heap and collector too). */
    record RecordedOptions(String map, List<String> classpath, List<String> scenarioArgs, TeamTests team) {
        static RecordedOptions from(List<String> command) {
            String map = null;
            List<Path> jcstressTests = new java.util.ArrayList<>();
            List<Path> lincheckTests = new java.util.ArrayList<>();
            String workload = null;
            List<String> cp = List.of();
            List<String> scenarioArgs = new java.util.ArrayList<>();
            for (int i = 0; command != null && i < command.size(); i++) {
                String option = command.get(i);
                boolean hasValue = i + 1 < command.size();
                if (option.equals("--map") && hasValue) {
                    map = command.get(i + 1);
                } else if (option.equals("--classpath") && hasValue) {
                    cp = List.of(command.get(i + 1).split(File.pathSeparator));
                } else if ((option.equals("--heap") || option.equals("--gc")) && hasValue) {
                    scenarioArgs.addAll(List.of(option, command.get(i + 1)));
                } else if (option.equals("--heap-dump") || option.equals("--jfr")) {
                    scenarioArgs.add(option);
                } else if (option.equals("--jcstress-tests") && hasValue) {
                    Arrays.stream(command.get(i + 1).split(",")).map(Path::of).forEach(jcstressTests::add);
                } else if (option.equals("--lincheck-tests") && hasValue) {
                    Arrays.stream(command.get(i + 1).split(",")).map(Path::of).forEach(lincheckTests::add);
                } else if (option.equals("--workload") && hasValue) {
                    workload = command.get(i + 1);
                }
            }
            cp.stream().filter(p -> !Files.exists(Path.of(p))).findFirst().ifPresent(p -> {
                throw new UsageException("the run's --classpath entry " + p + " is not here any more");
            });
            TeamTests team = new TeamTests(jcstressTests, lincheckTests, workload);
            team.verify();
            return new RecordedOptions(map, cp, List.copyOf(scenarioArgs), team);
        }
    }
}
