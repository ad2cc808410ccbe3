package org.stressharness.scenarios.engine;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The classpath the harness CLI gives the suite: {@code target/classes} plus {@code runtime-classpath.txt}. */
final class SuiteClassPath {

    private SuiteClassPath() {
    }

    static String get() {
        try {
            String runtime = Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
            return Path.of("target", "classes").toAbsolutePath() + (runtime.isEmpty() ? "" : File.pathSeparator
                    + runtime);
        } catch (IOException e) {
            throw new UncheckedIOException("run the build first: target/runtime-classpath.txt is missing", e);
        }
    }
}
