package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.FailureKind;
import org.stressharness.lincheck.engine.LincheckSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.json.ResultLines;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end, as a user would do it: a broken map compiled into its own jar, outside the project, named on the
 * command line of a forked suite runner, is reported non-linearizable with its trace.
 */
class UserMapForkTest {

    /** Every conditional or value-returning insert checks, then acts: any two writers of one key can race. */
    private static final String BROKEN_MAP = """
            package com.acme;

            import java.util.concurrent.ConcurrentHashMap;
            import java.util.function.Function;

            /** Looks concurrent, but its inserts read, then write. */
            public class CheckThenActMap<K, V> extends ConcurrentHashMap<K, V> {

                @Override
                public V put(K key, V value) {
                    V old = get(key);
                    super.put(key, value);
                    return old;
                }

                @Override
                public V putIfAbsent(K key, V value) {
                    V old = get(key);
                    if (old == null) {
                        super.put(key, value);
                    }
                    return old;
                }

                @Override
                public V computeIfAbsent(K key, Function<? super K, ? extends V> mapping) {
                    V old = get(key);
                    if (old != null) {
                        return old;
                    }
                    V value = mapping.apply(key);
                    super.put(key, value);
                    return value;
                }
            }
            """;

    /**
     * One fork, no retry. A check that must pass stops at the first failure, so the nightly profile's wide search
     * (100 scenarios of 3 threads) costs time only if the broken map were not caught; the smoke profile's 5
     * scenarios could, by chance, hold no racing pair of writers.
     */
    @Test
    void brokenMapFromSeparateJarIsReportedWithTrace(@TempDir Path tmp) throws Exception {
        Path jar = compileIntoJar(tmp, "com/acme/CheckThenActMap", BROKEN_MAP);
        Path out = Files.createDirectories(tmp.resolve("out"));
        String childLog = fork(jar, out);
        List<TestResult> results = new ResultLines(out.resolve("results.jsonl")).read();
        assertThat(results).as(childLog).hasSize(1);
        TestResult result = results.get(0);

        assertThat(result.name()).isEqualTo("UserMapLinearizable[com.acme.CheckThenActMap].modelChecking");
        assertThat(result.status()).as(childLog).isEqualTo(Status.FAILED);
        assertThat(result.lincheck().implementation()).isEqualTo("com.acme.CheckThenActMap");
        assertThat(result.lincheck().failureKind()).isEqualTo(FailureKind.INCORRECT_RESULTS);
        assertThat(result.lincheck().failureText())
                .contains("The following interleaving leads to the error")
                .contains("CheckThenActMap");
        assertThat(childLog).contains("UserMapLinearizable[com.acme.CheckThenActMap].modelChecking ... FAILED");
    }

    /** Forks the suite runner as the harness does and returns its console output once it exited 0. */
    private static String fork(Path jar, Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("lincheck.jvmFlags").trim().split("\\s+")));
        command.addAll(List.of("-cp", classpath(jar), LincheckSuite.class.getName(),
                "--profile", "nightly", "--out", out.toString(), "--map", "com.acme.CheckThenActMap",
                "--only", "^UserMapLinearizable\\[.*\\]\\.modelChecking$"));
        Path log = out.resolve("child.log");
        Process child = new ProcessBuilder(command).directory(out.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        boolean exited = child.waitFor(5, TimeUnit.MINUTES);
        if (!exited) {
            child.destroyForcibly();
        }
        String childLog = Files.readString(log);
        assertThat(exited).as("child finished in time; log:%n%s", childLog).isTrue();
        assertThat(child.exitValue()).as(childLog).isZero();
        return childLog;
    }

    private static Path compileIntoJar(Path tmp, String binaryPath, String source) throws IOException {
        Path src = tmp.resolve("src").resolve(binaryPath + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "--release", "17", "-d", classes.toString(), src.toString());
        assertThat(rc).as("javac exit status").isZero();

        Path jar = tmp.resolve("user-map.jar");
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** What the harness gives the fork: target/classes, the module's runtime classpath, the user's jar. */
    private static String classpath(Path userJar) throws IOException {
        String runtime = Files.readString(Path.of("target", "runtime-classpath.txt"), StandardCharsets.UTF_8).trim();
        return String.join(File.pathSeparator, Path.of("target", "classes").toAbsolutePath().toString(), runtime,
                userJar.toString());
    }
}
