package org.stressharness.lincheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.report.json.ResultLines;
import org.stressharness.report.model.Status;
import org.stressharness.report.model.TestResult;

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

    private static final String BROKEN_MAP = """
            package com.acme;

            import java.util.concurrent.ConcurrentHashMap;
            import java.util.function.Function;

            /** Looks concurrent, but its conditional inserts check, then act. */
            public class CheckThenActMap<K, V> extends ConcurrentHashMap<K, V> {

                @Override
                public V putIfAbsent(K key, V value) {
                    V old = get(key);
                    if (old == null) {
                        put(key, value);
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
                    put(key, value);
                    return value;
                }
            }
            """;

    @Test
    void brokenMapFromSeparateJarIsReportedWithTrace(@TempDir Path tmp) throws Exception {
        Path jar = compileIntoJar(tmp, "com/acme/CheckThenActMap", BROKEN_MAP);
        Path out = Files.createDirectories(tmp.resolve("out"));

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("lincheck.jvmFlags").trim().split("\\s+")));
        command.addAll(List.of("-cp", classpath(jar), LincheckSuite.class.getName(),
                "--profile", "smoke", "--out", out.toString(), "--map", "com.acme.CheckThenActMap",
                "--only", "^UserMapTest\\[.*\\]\\.modelChecking$"));
        Path log = tmp.resolve("child.log");
        Process child = new ProcessBuilder(command).directory(out.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        boolean exited = child.waitFor(5, TimeUnit.MINUTES);
        if (!exited) {
            child.destroyForcibly();
        }
        String childLog = Files.readString(log);
        assertThat(exited).as("child finished in time; log:%n%s", childLog).isTrue();
        assertThat(child.exitValue()).as(childLog).isZero();

        List<TestResult> results = new ResultLines(out.resolve("results.jsonl")).read();
        assertThat(results).as(childLog).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("UserMapTest[com.acme.CheckThenActMap].modelChecking");
            assertThat(r.status()).isEqualTo(Status.FAILED);
            assertThat(r.lincheck().implementation()).isEqualTo("com.acme.CheckThenActMap");
            assertThat(r.lincheck().failureKind()).isEqualTo(FailureKind.INCORRECT_RESULTS);
            assertThat(r.lincheck().failureText())
                    .contains("The following interleaving leads to the error")
                    .contains("CheckThenActMap");
        });
        assertThat(childLog).contains("UserMapTest[com.acme.CheckThenActMap].modelChecking ... FAILED");
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
