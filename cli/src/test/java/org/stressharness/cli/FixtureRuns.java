package org.stressharness.cli;

import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs {@code harness run} with fixture suites swapped in, in this JVM or as a real process. */
final class FixtureRuns {

    private FixtureRuns() {
    }

    static String property(String suite, String what) {
        return "harness.suite." + suite + "." + what;
    }

    /** Swaps fixture runners in for this JVM's in-process runs; returns the keys to clear afterwards. */
    static List<String> swapIn(Map<String, Class<?>> suites) {
        List<String> keys = new ArrayList<>();
        suites.forEach((suite, type) -> {
            System.setProperty(property(suite, "main"), type.getName());
            System.setProperty(property(suite, "classpath"), System.getProperty("java.class.path"));
            keys.add(property(suite, "main"));
            keys.add(property(suite, "classpath"));
        });
        return keys;
    }

    /** Starts {@code harness run ARGS} as its own process (so it can get real signals). */
    static Process start(Map<String, Class<?>> suites, Path log, String... args) throws IOException {
        String cp = System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + HarnessHome.PROPERTY + "=" + HarnessHome.locate().root()));
        suites.forEach((suite, type) -> {
            cmd.add("-D" + property(suite, "main") + "=" + type.getName());
            cmd.add("-D" + property(suite, "classpath") + "=" + cp);
        });
        cmd.addAll(List.of("-cp", cp, HarnessCommand.class.getName(), "run"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The run directories under an output root (not the latest link). */
    static List<Path> runDirs(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> Files.isDirectory(p) && !Files.isSymbolicLink(p)).sorted().toList();
        }
    }

    static Run onlyRun(Path out) throws IOException {
        List<Path> dirs = runDirs(out);
        if (dirs.size() != 1) {
            throw new AssertionError("expected one run directory under " + out + ", found " + dirs);
        }
        return RunFile.read(dirs.get(0));
    }

    static long resultLines(Path out, String suite) throws IOException {
        long n = 0;
        for (Path dir : runDirs(out)) {
            Path f = dir.resolve(suite).resolve("results.jsonl");
            if (Files.exists(f)) {
                n += Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count();
            }
        }
        return n;
    }
}
