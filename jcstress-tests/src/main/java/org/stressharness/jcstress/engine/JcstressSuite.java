package org.stressharness.jcstress.engine;

import org.stressharness.results.suite.ExitCode;
import org.stressharness.results.suite.ReproduceCommandLine;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.infra.runners.TestList;
import org.stressharness.jcstress.api.MapOverride;
import org.stressharness.results.json.ResultLines;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.suite.ParentWatch;
import org.stressharness.results.suite.SuiteContract;
import org.stressharness.results.model.VerdictLabel;

import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The jcstress suite runner the {@code harness} CLI forks:
 * {@code JcstressSuite --profile <p> --out <DIR> [--only <REGEX>] [--map <CLASS>] [--list]}.
 *
 * <p>Runs each selected jcstress test on its own (its forks, then the next test), appends its verdict to
 * {@code <DIR>/results.jsonl} as soon as it is known, and keeps jcstress's raw results
 * ({@code <DIR>/jcstress-results/<test>.bin.gz}), its HTML report ({@code <DIR>/html/}) and its console
 * output ({@code <DIR>/jcstress-console.log}) inside {@code <DIR>}.
 *
 * <p>Exit status: 0 when the tests ran (whatever their verdicts), 2 on bad arguments (including a
 * {@code --only} that selects no test, or an unusable {@code --map}), 4 when jcstress itself cannot start
 * ({@link ExitCode}).
 */
public final class JcstressSuite {

    private JcstressSuite() {
    }

    public static void main(String[] args) {
        ParentWatch.start();
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        SuiteContract arguments;
        EngineOptions engineOptions;
        List<String> tests;
        try {
            arguments = SuiteContract.parse(args);
            engineOptions = EngineOptions.parse(arguments.suiteOptions());
            if (arguments.map() != null) {
                try {
                    MapOverride.resolve(arguments.map());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--map: " + e.getMessage());
                }
            }
            if (JcstressSuite.class.getResource("/META-INF/TestList") == null) {
                String where = engineOptions.testsFrom() == null ? "" : " (" + engineOptions.testsFrom() + ")";
                throw new IllegalArgumentException("no jcstress test on the classpath" + where + ": no "
                        + "META-INF/TestList, which jcstress's annotation processor writes when the tests are "
                        + "compiled");
            }
            tests = arguments.select(runOrder(TestList.tests()));
            if (tests.isEmpty()) {
                throw new IllegalArgumentException(arguments.only() == null ? "the selection holds no jcstress test"
                        : "--only '" + arguments.only().pattern() + "' matches no jcstress test");
            }
        } catch (IllegalArgumentException e) {
            err.println("jcstress suite: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (arguments.list()) {
            tests.forEach(out::println);
            return ExitCode.OK.code();
        }
        try {
            return runTests(arguments, engineOptions, tests, out);
        } catch (Exception e) {
            err.println("jcstress suite: cannot run jcstress: " + e);
            return ExitCode.ERROR.code();
        }
    }

    /**
     * The order the suite lists and runs its tests in: by name, every guard after the other tests, so that a guard
     * runs after its demonstrations and can run where they broke ({@link PairForks}).
     */
    static List<String> runOrder(Collection<String> tests) {
        return tests.stream().sorted(Comparator.comparing((String t) -> !ResultConverter.demonstrationsOf(t).isEmpty())
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    private static int runTests(SuiteContract arguments, EngineOptions engineOptions, List<String> tests,
                                PrintStream out) throws Exception {
        Path dir = arguments.out().toAbsolutePath();
        Path htmlDir = dir.resolve("html");
        Files.createDirectories(htmlDir);
        JcstressSettings settings = JcstressSettings.of(arguments.profile())
                .withTestBudget(engineOptions.testBudget());
        ResultLines results = new ResultLines(dir.resolve("results.jsonl"));
        String settingsText = settings.describe() + (arguments.map() == null ? ""
                : "; map " + arguments.map()) + (engineOptions.replay() == null ? ""
                : "; only the recorded configuration " + engineOptions.replay() + ", " + engineOptions.forks()
                + " forks");

        PrintStream console = new PrintStream(new FileOutputStream(dir.resolve("jcstress-console.log").toFile(), true),
                true, StandardCharsets.UTF_8);
        PrintStream stdout = System.out;
        // jcstress prints its probing and executor chatter to System.out; keep it in the log, not the progress.
        System.setOut(console);
        try {
            Options options = new Options(settings.jcstressArguments(htmlDir.toString(), arguments.map())
                    .toArray(String[]::new));
            if (!options.parse()) {
                throw new IllegalStateException("jcstress rejected its options " + settings.jcstressOptions());
            }
            out.printf("jcstress: probing the JVM (%s)%n", settingsText);
            JcstressEngine engine = new JcstressEngine(options, settings, engineOptions);
            engine.start();
            JcstressHtmlReport html = new JcstressHtmlReport(options, htmlDir, console);
            int i = 0;
            for (String test : tests) {
                i++;
                arguments.announce(test);
                out.printf("[%d/%d] %s ... ", i, tests.size(), simpleName(test));
                out.flush();
                long start = System.nanoTime();
                TestResult result = runOne(engine, html, test, dir, settingsText, arguments, start, console,
                        demonstrationsBefore(test, results), engineOptions.testsFrom());
                results.append(result);
                out.printf(Locale.ROOT, "%s (%.1f s)%n", VerdictLabel.of(result), result.durationMs() / 1000.0);
            }
        } finally {
            System.setOut(stdout);
            console.close();
        }
        return ExitCode.OK.code();
    }

    /**
     * A guard's demonstrations as this run recorded them so far (in this JVM, or in an earlier one of the same run:
     * a JVM that replaced a crashed one, a resumed run); empty for any other test.
     */
    private static List<TestResult> demonstrationsBefore(String test, ResultLines results) {
        List<String> demonstrations = ResultConverter.demonstrationsOf(test);
        if (demonstrations.isEmpty()) {
            return List.of();
        }
        return results.read().stream().filter(r -> demonstrations.contains(r.name())).toList();
    }

    private static TestResult runOne(JcstressEngine engine, JcstressHtmlReport html, String test, Path dir,
                                     String settings, SuiteContract arguments, long start, PrintStream console,
                                     List<TestResult> demonstrations, String testsFrom) {
        Path binFile = dir.resolve("jcstress-results").resolve(test + ".bin.gz");
        String reproduce = reproduceCommand(test, arguments, testsFrom);
        try {
            ForkTimeline timeline = new ForkTimeline();
            List<TestConfig> plan = engine.run(test, binFile, timeline, demonstrations);
            long durationMs = (System.nanoTime() - start) / 1_000_000;
            if (plan.isEmpty()) {
                return new TestResult(Source.JCSTRESS, test, null, Status.ERROR,
                        durationMs, "jcstress cannot schedule this test's threads on the CPUs available",
                        null, reproduce, null);
            }
            List<org.openjdk.jcstress.infra.collectors.TestResult> forks = JcstressEngine.read(binFile);
            String page = null;
            try {
                html.add(forks);
                page = dir.getParent().relativize(html.pageOf(test)).toString();
            } catch (Exception e) {
                console.println("HTML report failed for " + test + ": " + e);
            }
            TestInfo info = TestList.getInfo(test);
            return ResultConverter.convert(test, info, forks,
                    new ResultConverter.Context(settings, page, reproduce, durationMs, arguments.map(),
                            timeline.finished()));
        } catch (Exception | LinkageError e) {
            long durationMs = (System.nanoTime() - start) / 1_000_000;
            return new TestResult(Source.JCSTRESS, test, null, Status.ERROR, durationMs,
                    "jcstress could not run the test: " + e, stackTrace(e), reproduce, null);
        }
    }

    private static String reproduceCommand(String test, SuiteContract arguments, String testsFrom) {
        ReproduceCommandLine command = ReproduceCommandLine.rerun("jcstress", arguments.profile(), test);
        if (arguments.map() != null) {
            command.option("--map", arguments.map()).option("--classpath", "<jars>");
        }
        if (testsFrom != null) {
            command.option("--jcstress-tests", testsFrom);
        }
        return command.toString();
    }

    private static String simpleName(String test) {
        return VerdictLabel.shortName(test);
    }

    private static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
