package org.stressharness.cli;

import org.stressharness.results.suite.UsageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One suite runner in its own JVM: the harness survives whatever happens in it (crash, OOM, hang).
 * Its output is shown with a prefix and kept in {@code console.log} beside its results.
 */
final class SuiteFork {

    private final Suite suite;
    private final List<String> command;
    private final Path workDir;
    private volatile Process process;

    SuiteFork(Suite suite, HarnessHome home, Path workDir, List<String> extraClasspath, List<String> args) {
        this(suite, home, workDir, extraClasspath, args, TeamTests.NONE);
    }

    /** A runner given a team's own tests ({@link TeamTests}) in place of its catalog, where there are any. */
    SuiteFork(Suite suite, HarnessHome home, Path workDir, List<String> extraClasspath, List<String> args,
              TeamTests team) {
        this.suite = suite;
        this.workDir = workDir;
        List<String> cp = new ArrayList<>(team.classpath(suite, home));
        cp.addAll(extraClasspath);
        args = new ArrayList<>(args);
        args.addAll(team.suiteArgs(suite));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(suite.jvmFlags());
        cmd.add("-cp");
        cmd.add(String.join(java.io.File.pathSeparator, cp));
        cmd.add(suite.mainClass());
        cmd.addAll(args);
        this.command = List.copyOf(cmd);
    }

    List<String> command() {
        return command;
    }

    /** {@link #run}'s code when the whole suite ran past its timeout. */
    static final int SUITE_TIMED_OUT = -1;
    /** {@link #run}'s code when one test ran past the per-test timeout: no new result came in that long. */
    static final int TEST_TIMED_OUT = -2;
    private static final long PROGRESS_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** Runs the fork to its end (or the timeout), echoing its lines; returns its exit code, -1 on timeout. */
    int run(Duration timeout, PrintStream console) {
        return run(timeout, null, console);
    }

    /**
     * Runs the fork to its end, echoing its lines; returns its exit code, or {@link #SUITE_TIMED_OUT} /
     * {@link #TEST_TIMED_OUT}. Suites run one test at a time and append each result as it finishes, so a
     * results file that stops growing for {@code testTimeout} means the running test hangs.
     *
     * @param testTimeout null to watch only the whole suite's timeout
     */
    int run(Duration timeout, Duration testTimeout, PrintStream console) {
        try {
            Files.createDirectories(workDir);
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
            process = pb.start();
            Thread pump = startPump(process, console);
            int exit = watch(timeout, testTimeout);
            if (exit < 0) {
                console.println("[" + suite.id() + "] " + (exit == SUITE_TIMED_OUT
                        ? "the suite timed out after " + DurationOption.format(timeout)
                        : "no test finished in " + DurationOption.format(testTimeout))
                        + ": taking a thread dump, then stopping it");
                threadDump();
                stop();
            }
            pump.join(5_000);
            return exit;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + suite.id() + " suite", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return SUITE_TIMED_OUT;
        }
    }

    private int watch(Duration timeout, Duration testTimeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Path results = workDir.resolve("results.jsonl");
        long size = sizeOf(results);
        long lastProgress = start;
        while (true) {
            long now = System.nanoTime();
            long wait = Math.min(deadline - now, PROGRESS_POLL_NANOS);
            if (wait <= 0) {
                return SUITE_TIMED_OUT;
            }
            if (process.waitFor(wait, TimeUnit.NANOSECONDS)) {
                return process.exitValue();
            }
            now = System.nanoTime();
            long grown = sizeOf(results);
            if (grown != size) {
                size = grown;
                lastProgress = now;
            } else if (testTimeout != null && now - lastProgress >= testTimeout.toNanos()) {
                return TEST_TIMED_OUT;
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Runs the fork and returns its stdout lines (for {@code --list}); throws on a non-zero exit. */
    List<String> capture(Duration timeout) {
        try {
            Files.createDirectories(workDir);
            Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(false).start();
            process = p;
            List<String> lines = new ArrayList<>();
            Thread errReader = new Thread(() -> drain(p));
            errReader.start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        lines.add(line.trim());
                    }
                }
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop();
                throw new UsageException("listing the " + suite.id() + " suite timed out");
            }
            errReader.join(5_000);
            if (p.exitValue() != 0) {
                String why = lastErr.trim();
                throw new UsageException(why.startsWith(suite.id() + ":") ? why : suite.id() + ": " + why);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + suite.id() + " suite", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new UsageException("interrupted");
        }
    }

    private volatile String lastErr = "";

    private void drain(Process p) {
        try {
            String text = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            String[] lines = text.strip().split("\n");
            lastErr = lines.length == 0 ? "" : lines[lines.length - 1];
        } catch (IOException ignored) {
            // the process went away; its exit code tells the rest
        }
    }

    /**
     * Asks the fork's JVMs for a thread dump (SIGQUIT: every HotSpot JVM prints one to its stdout, which the
     * pump keeps in console.log), so a hang is recorded with where it hung.
     */
    void threadDump() {
        Process p = process;
        if (p == null || !p.isAlive() || System.getProperty("os.name").startsWith("Windows")) {
            return;
        }
        List<String> pids = new ArrayList<>();
        pids.add(Long.toString(p.pid()));
        p.descendants().forEach(h -> pids.add(Long.toString(h.pid())));
        List<String> cmd = new ArrayList<>(List.of("kill", "-QUIT"));
        cmd.addAll(pids);
        try {
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(5, TimeUnit.SECONDS);
            Thread.sleep(1_000); // let the JVMs write the dump before they are stopped
        } catch (IOException e) {
            // no kill command: the timeout is still recorded, without the dump
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the fork and everything it started (jcstress and scenarios fork JVMs of their own). */
    void stop() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
        }
    }

    private Thread startPump(Process p, PrintStream console) throws IOException {
        Path log = workDir.resolve("console.log");
        Writer writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        Thread t = new Thread(() -> {
            try (writer; BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    writer.write(line);
                    writer.write('\n');
                    writer.flush();
                    console.println("[" + suite.id() + "] " + line);
                }
            } catch (IOException ignored) {
                // the fork was stopped
            }
        }, "pump-" + suite.id());
        t.setDaemon(true);
        t.start();
        return t;
    }
}
