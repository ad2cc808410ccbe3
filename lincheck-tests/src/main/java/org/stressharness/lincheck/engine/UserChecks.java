package org.stressharness.lincheck.engine;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

import java.io.File;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A team's own Lincheck checks ({@code --lincheck-tests PATH...}): every concrete public class under those paths
 * with a public no-arg constructor and at least one method annotated with Lincheck's {@code @Operation}, in the
 * style of Lincheck's guide. Each runs under model checking and stress, graded as a structure that must be
 * linearizable; without a {@link SequentialSpecification} Lincheck takes the class itself, run on one thread, as
 * the specification. And every public no-arg method annotated with JUnit's {@code @Test} (5 or 4) in a public
 * class that uses {@code org.jetbrains.lincheck.Lincheck}: a test written with {@code Lincheck.runConcurrentTest},
 * run as written (its invocations are its own), without JUnit's lifecycle.
 */
public final class UserChecks {

    private static final String OPERATION = "org.jetbrains.lincheck.datastructures.Operation";
    private static final String LINCHECK = "org.jetbrains.lincheck.Lincheck";
    private static final List<String> TEST_ANNOTATIONS = List.of("org.junit.jupiter.api.Test", "org.junit.Test");

    /**
     * What was found under the paths.
     *
     * @param operationClasses classes with {@code @Operation} methods
     * @param concurrentTests  {@code Class#method} of each {@code runConcurrentTest} test
     */
    public record Found(List<Class<?>> operationClasses, List<String> concurrentTests) {
    }

    private UserChecks() {
    }

    /**
     * The check classes under {@code paths}, loaded by this JVM (the paths must be on its classpath).
     *
     * @throws IllegalArgumentException with a one-line reason when a path is missing or holds no check
     */
    public static Found scan(List<Path> paths) {
        List<String> entries = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("--lincheck-tests: " + p + " does not exist");
            }
            entries.add(p.toAbsolutePath().toString());
        }
        List<Class<?>> found = new ArrayList<>();
        List<String> concurrent = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().enableClasspathEntries(String.join(File.pathSeparator, entries))
                .enableClassInfo().enableMethodInfo().enableAnnotationInfo().enableInterClassDependencies()
                .enableExternalClasses().scan()) {
            for (ClassInfo info : scan.getClassesWithMethodAnnotation(OPERATION)) {
                if (info.isAbstract() || info.isInterface() || !info.isPublic()) {
                    continue;
                }
                Class<?> type = load(info.getName());
                if (hasPublicNoArgConstructor(type)) {
                    found.add(type);
                }
            }
            for (ClassInfo info : scan.getAllClasses()) {
                if (!info.isPublic() || info.isAbstract()
                        || info.getClassDependencies().stream().noneMatch(d -> d.getName().equals(LINCHECK))) {
                    continue;
                }
                info.getDeclaredMethodInfo().stream()
                        .filter(m -> m.isPublic() && !m.isStatic() && m.getParameterInfo().isEmpty()
                                && TEST_ANNOTATIONS.stream().anyMatch(m::hasAnnotation))
                        .forEach(m -> concurrent.add(info.getName() + "#" + m.getName()));
            }
        }
        if (found.isEmpty() && concurrent.isEmpty()) {
            throw new IllegalArgumentException("--lincheck-tests: no Lincheck check in " + String.join(", ", entries)
                    + " (a public class with a public no-arg constructor and @Operation methods, or @Test methods that "
                    + "call Lincheck.runConcurrentTest)");
        }
        return new Found(found, concurrent);
    }

    private static boolean hasPublicNoArgConstructor(Class<?> type) {
        try {
            return Modifier.isPublic(type.getConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, UserChecks.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("--lincheck-tests: " + name + " cannot be loaded with the suite's "
                    + "classpath (" + e + ")");
        }
    }
}
