package org.stressharness.lincheck.engine;

import org.stressharness.results.json.ResultLines;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.model.VerdictLabel;
import org.stressharness.results.suite.ExitCode;
import org.stressharness.results.suite.ParentWatch;
import org.stressharness.results.suite.SuiteContract;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The suite runner the harness forks: runs the selected checks one after another and appends each result to
 * {@code <out>/results.jsonl} as soon as it is known. Exit status: 0 when it ran (whatever the verdicts),
 * 2 on bad arguments, 4 when results could not be written
 * ({@link ExitCode}).
 */
public final class LincheckSuite {

    private LincheckSuite() {
    }

    public static void main(String[] args) {
        ParentWatch.start();
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        SuiteContract arguments;
        List<LincheckCheck> checks;
        List<Path> userTests;
        try {
            arguments = SuiteContract.parse(args);
            userTests = userTests(arguments.suiteOptions());
            checks = select(arguments, userTests);
        } catch (IllegalArgumentException e) {
            err.println("lincheck suite: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (arguments.list()) {
            checks.forEach(c -> out.println(c.name()));
            return ExitCode.OK.code();
        }
        ResultLines results = new ResultLines(arguments.out().resolve("results.jsonl"));
        CheckRunner runner = new CheckRunner(arguments.profile(), arguments.map(), userTests);
        try {
            for (int i = 0; i < checks.size(); i++) {
                LincheckCheck check = checks.get(i);
                arguments.announce(check.name());
                out.printf("[%d/%d] %s ...%n", i + 1, checks.size(), check.name());
                out.flush();
                TestResult result = runner.run(check);
                results.append(result);
                out.printf(Locale.ROOT, "[%d/%d] %s ... %s (%.1f s)%s%n", i + 1, checks.size(), check.name(),
                        VerdictLabel.of(result), result.durationMs() / 1000.0,
                        result.status() == Status.PASSED && result.message() == null ? "" : ": " + result.message());
                out.flush();
            }
        } catch (RuntimeException e) {
            err.println("lincheck suite: " + e.getMessage());
            return ExitCode.ERROR.code();
        }
        return ExitCode.OK.code();
    }

    /** The suite's one option: {@code --checks-from PATHS}, a team's own checks (none: the catalogs'). */
    private static List<Path> userTests(List<String> options) {
        if (options.isEmpty()) {
            return List.of();
        }
        if (options.size() != 2 || !options.get(0).equals("--checks-from")) {
            throw new IllegalArgumentException("unknown argument '" + options.get(0)
                    + "' (expected --profile, --out, --only, --tests, --map, --list, --checks-from)");
        }
        return Arrays.stream(options.get(1).split(File.pathSeparator)).filter(p -> !p.isBlank()).map(Path::of)
                .toList();
    }

    private static List<LincheckCheck> select(SuiteContract arguments, List<Path> userTests) {
        List<LincheckCheck> all;
        if (!userTests.isEmpty()) {
            all = Checks.checksOf(UserChecks.scan(userTests));
        } else if (arguments.map() == null) {
            all = Checks.checks();
        } else {
            Class<?> type = UserMapClass.load(arguments.map());
            UserMapClass.use(type);
            all = Checks.checks(type);
        }
        Map<String, LincheckCheck> byName = new LinkedHashMap<>();
        all.forEach(c -> byName.put(c.name(), c));
        return arguments.select(List.copyOf(byName.keySet())).stream().map(byName::get).toList();
    }
}
