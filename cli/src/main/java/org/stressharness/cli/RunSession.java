package org.stressharness.cli;

import org.stressharness.results.suite.ExitCode;
import org.stressharness.report.ReportWriter;
import org.stressharness.results.suite.UsageException;
import org.stressharness.results.json.ResultLines;
import org.stressharness.results.model.Host;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.suite.SuiteContract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The life of one run: suites are forked one after another, their results gathered as they come, and the
 * report written exactly once — at the end, or from the shutdown hook when the run is interrupted, with
 * the finished results kept and the run marked incomplete.
 */
final class RunSession {

    private final RunDirectory dir;
    private final Profile profile;
    private final Host host;
    private final List<String> command;
    private final PrintStream console;
    private final Instant started;
    private final List<TestResult> results = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::interrupted, "harness-interrupt");

    private Map<Suite, List<String>> plan = Map.of();
    private volatile SuiteFork current;
    /** Per suite, the ERRORs charged to tests whose fork hung or died (the shutdown hook needs them too). */
    private final Map<Suite, List<TestResult>> charged = new ConcurrentHashMap<>();
    private volatile boolean stopped;
    private boolean finished;
    private Run run;
    /** {@code --baseline DIR}: the run to compare with; null: the same job's previous run, if any. */
    private Path baselineDir;

    RunSession(RunDirectory dir, Profile profile, Host host, List<String> command, PrintStream console) {
        this(dir, profile, host, command, console, Instant.now());
    }

    /** @param started when the run began (for a resumed run: when it first began) */
    RunSession(RunDirectory dir, Profile profile, Host host, List<String> command, PrintStream console,
               Instant started) {
        this.started = started;
        this.dir = dir;
        this.profile = profile;
        this.host = host;
        this.command = command;
        this.console = console;
    }

    void start(Map<Suite, List<String>> plan) {
        this.plan = plan;
        // Written first, so that what the suites stream can be reported even if this process is killed.
        RunPlan.of(dir.id(), started.toString(), profile.id(), command, host, plan).write(dir.path());
        StringBuilder line = new StringBuilder("Run ").append(dir.id()).append(" (profile ").append(profile.id())
                .append(", ").append(host.arch()).append(", ").append(host.cores()).append(" cores, JDK ")
                .append(Runtime.version().feature()).append("):");
        plan.forEach((suite, tests) -> line.append(' ').append(tests.size()).append(' ').append(suite.id()));
        console.println(line);
        console.println("Writing to " + dir.path());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    boolean isStopped() {
        return stopped;
    }

    /** The budget ran out before this suite could start: its tests are not run, and the run is partial. */
    synchronized void skipForBudget(Suite suite) {
        console.println("== " + suite.id() + ": skipped, the time budget is used up");
    }

    /**
     * Runs one suite. When its fork hangs in a test (no result for {@code testTimeout}) or dies, the test it
     * was running gets an ERROR with the fork's last output (a thread dump for a hang), and a new fork runs
     * the tests after it: one bad test costs itself, not the rest of its suite.
     *
     * @param forks       the fork for the given tests (null: the suite's whole plan)
     * @param timeout     the whole suite's cap (the hang guard, or the budget's slice)
     * @param budgetBound whether {@code timeout} is the budget's slice (hitting it stops the suite cleanly)
     *                    rather than the hang guard (hitting it is an error)
     */
    void runSuite(Suite suite, Function<List<String>, SuiteFork> forks, Duration timeout, Duration testTimeout,
                  boolean budgetBound) {
        console.println("== " + suite.id() + ": " + plan.get(suite).size() + " tests");
        long t0 = System.nanoTime();
        Path log = dir.suiteDir(suite).resolve("console.log");
        ResultLines lines = new ResultLines(dir.suiteDir(suite).resolve("results.jsonl"));
        List<TestResult> abandoned = new CopyOnWriteArrayList<>();
        charged.put(suite, abandoned);
        int launchesWithoutResult = 0;
        int resultsBefore = readQuietly(lines).size();
        // A resumed run keeps the results it has: only the tests without one run.
        List<String> tests = missing(suite, readQuietly(lines), abandoned);
        int exit = 0;
        while (!tests.isEmpty()) {
            SuiteFork fork = forks.apply(tests);
            current = fork;
            int announcedBefore = SuiteContract.started(dir.suiteDir(suite)).size();
            exit = fork.run(Duration.ofNanos(Math.max(0, t0 + timeout.toNanos() - System.nanoTime())), testTimeout,
                    console);
            current = null;
            if (exit == 0 || exit == SuiteFork.SUITE_TIMED_OUT || stopped) {
                break;
            }
            List<TestResult> got = readQuietly(lines);
            List<String> missing = missing(suite, got, abandoned);
            if (missing.isEmpty()) {
                break;
            }
            boolean hung = exit == SuiteFork.TEST_TIMED_OUT;
            // The runner announced each test as it started (started.txt): the last one announced without a
            // result is the one that was running. None: the JVM died or hung before starting a test.
            String running = running(suite, missing, announcedBefore);
            String why = hung ? "TIMEOUT: no result after " + DurationOption.format(testTimeout)
                    + "; the test was stopped (thread dump in the output)"
                    : "the suite's JVM " + exitText(exit) + " while running this test";
            if (running != null) {
                // A hung test ran (at least) that long; a crash's duration is unknown.
                abandoned.add(new TestResult(suite.source(), running, null, Status.ERROR,
                        hung ? testTimeout.toMillis() : 0, why, tail(log, hung ? 600 : 80), null, null));
            }
            // A JVM that started no test (or finished none before dying) may not start at all.
            launchesWithoutResult = running != null && (hung || got.size() > resultsBefore) ? 0
                    : launchesWithoutResult + 1;
            resultsBefore = got.size();
            List<String> left = missing.stream().filter(t -> !t.equals(running)).toList();
            if (left.isEmpty() || launchesWithoutResult >= LAUNCHES_WITHOUT_RESULT || stopped) {
                break; // nothing left, the suite cannot start at all, or the run was interrupted meanwhile
            }
            tests = left;
            console.println("== " + suite.id() + ": " + (running == null
                    ? "the suite's JVM " + exitText(exit) + " before starting a test"
                    : running + " is an ERROR (" + why + ")") + "; " + tests.size() + " tests left, in a new JVM");
            lines.dropTornLastLine();
        }
        synchronized (this) {
            if (finished) {
                return;
            }
            boolean outOfBudget = exit == SuiteFork.SUITE_TIMED_OUT && budgetBound;
            collect(suite, exit, outOfBudget, abandoned, stopped ? "the run was interrupted"
                    : exit == SuiteFork.SUITE_TIMED_OUT ? "TIMEOUT: the suite was stopped after "
                    + DurationOption.format(timeout) + " (thread dump in the output)"
                    : "the suite's JVM " + exitText(exit) + " twice in a row before any result; not started again");
        }
        console.println("== " + suite.id()
                + " done in " + DurationOption.format(Duration.ofNanos(System.nanoTime() - t0)));
    }

    /** Forks in a row that die without a single result before the suite's remaining tests are given up on. */
    private static final int LAUNCHES_WITHOUT_RESULT = 2;

    private static String exitText(int exit) {
        return "exited with " + exit + (exit > 128 ? " (signal " + (exit - 128) + ")" : "");
    }

    /** What a suite has written so far; nothing when the file is damaged (the final collect says why). */
    private static List<TestResult> readQuietly(ResultLines lines) {
        try {
            return lines.read();
        } catch (UsageException e) {
            return List.of();
        }
    }

    /**
     * The last test the suite's latest JVM announced (after the first {@code announcedBefore} lines) that is
     * still {@code missing}, or null when it announced none of them.
     */
    private String running(Suite suite, List<String> missing, int announcedBefore) {
        List<String> started = SuiteContract.started(dir.suiteDir(suite));
        for (int k = started.size() - 1; k >= announcedBefore; k--) {
            if (missing.contains(started.get(k))) {
                return started.get(k);
            }
        }
        return null;
    }

    /** The suite's planned tests, in order, with neither a result nor an ERROR charged to them yet. */
    private List<String> missing(Suite suite, List<TestResult> got, List<TestResult> abandoned) {
        Set<String> have = new HashSet<>();
        got.forEach(r -> have.add(r.name()));
        abandoned.forEach(r -> have.add(r.name()));
        return plan.get(suite).stream().filter(name -> !have.contains(name)).toList();
    }

    /**
     * Reads what a suite wrote and adds the ERRORs charged to tests whose fork hung or died; every other
     * planned test without a result becomes an ERROR that says why.
     */
    private void collect(Suite suite, int exit, boolean outOfBudget, List<TestResult> abandoned, String whyMissing) {
        Path suiteDir = dir.suiteDir(suite);
        List<TestResult> got;
        try {
            got = new ArrayList<>(new ResultLines(suiteDir.resolve("results.jsonl")).read());
        } catch (UsageException e) {
            got = new ArrayList<>();
            whyMissing = e.getMessage();
        }
        got.addAll(abandoned);
        List<String> order = plan.get(suite);
        got.sort(Comparator.comparingInt(r -> order.contains(r.name()) ? order.indexOf(r.name()) : order.size()));
        results.addAll(got);
        Set<String> seen = new HashSet<>();
        got.forEach(r -> seen.add(r.name()));
        boolean notStarted = stopped || outOfBudget;
        // A timeout's output ends with thread dumps: keep enough of it to show where it hung.
        String tail = exit == 0 ? null : tail(suiteDir.resolve("console.log"), exit == SuiteFork.SUITE_TIMED_OUT ? 600
                : 80);
        for (String name : order) {
            if (!seen.contains(name)) {
                if (notStarted) {
                    continue; // NOT RUN, added when the run finishes
                }
                results.add(TestResult.error(suite.source(), name, "no result: " + whyMissing, tail));
                tail = null; // the output belongs to the test that was running; keep it once
            }
        }
    }

    /** Compares the report with the run in {@code dir} rather than the previous one beside it. */
    void compareWith(Path dir) {
        this.baselineDir = dir;
    }

    /** Writes the report; returns the exit code. Safe to call from the main thread and the hook alike. */
    synchronized int finish() {
        if (!finished) {
            finished = true;
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // called from the hook itself
            }
            List<TestResult> all = new ArrayList<>(results);
            all.addAll(notRun(all));
            run = new Run(Run.SCHEMA_VERSION, dir.id(), started.toString(), Instant.now().toString(), profile.id(),
                    !stopped && all.stream().noneMatch(TestResult::wasNotRun), command, host, List.copyOf(all));
            Run baseline = baselineDir != null ? PreviousRun.given(baselineDir)
                    : PreviousRun.beside(dir.path(), run.id(), run.profile(), host == null ? null : host.arch());
            new ReportWriter().writeAll(run, dir.path(), baseline);
            dir.markLatest();
            new RunSummary(run, dir.path(), baseline).print(console);
        }
        return exitCode(run);
    }

    /** Every planned test without a result: the run ended before it started (its budget, or an interrupt). */
    private List<TestResult> notRun(List<TestResult> have) {
        Set<String> seen = new HashSet<>();
        have.forEach(r -> seen.add(r.source() + " " + r.name()));
        String why = stopped ? "the run was interrupted before it finished"
                : "the time budget (--budget) ran out before it started";
        List<TestResult> missing = new ArrayList<>();
        plan.forEach((suite, tests) -> tests.stream().filter(t -> !seen.contains(suite.source() + " " + t))
                .forEach(t -> missing.add(TestResult.notRun(suite.source(), t, why))));
        return missing;
    }

    /**
     * The run's exit status: {@link ExitCode#FAILED} when a test failed; else
     * {@link ExitCode#ERROR} when a test gave no verdict (a crash, a hang, a machine fault); else
     * {@link ExitCode#INCOMPLETE} when planned tests never ran (a budget that ran out): a run that did
     * not test what it planned is never green; else 0.
     */
    static int exitCode(Run run) {
        if (run.results().stream().anyMatch(r -> r.status() == Status.FAILED)) {
            return ExitCode.FAILED.code();
        }
        if (run.results().stream().anyMatch(r -> r.status() == Status.ERROR && !r.wasNotRun())) {
            return ExitCode.ERROR.code();
        }
        return run.results().stream().anyMatch(TestResult::wasNotRun) ? ExitCode.INCOMPLETE.code() : 0;
    }

    /** Ctrl-C / SIGTERM: stop the running suite, keep what finished, write the report marked incomplete. */
    private void interrupted() {
        stopped = true;
        console.println("Interrupted: stopping the running suite and writing what finished...");
        SuiteFork fork = current;
        if (fork != null) {
            fork.stop();
        }
        synchronized (this) {
            if (finished) {
                return;
            }
            for (Suite suite : plan.keySet()) {
                if (results.stream().noneMatch(r -> r.source() == suite.source())) {
                    // a damaged file from a killed fork reads as nothing: keep the rest
                    results.addAll(readQuietly(new ResultLines(dir.suiteDir(suite).resolve("results.jsonl"))));
                    results.addAll(charged.getOrDefault(suite, List.of()));
                }
            }
            finish();
        }
    }

    /** The last {@code lines} lines of a suite's log, or null when it cannot be read. */
    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return null;
        }
    }
}
