package org.stressharness.lincheck.engine;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of {@link Check} classes the suite runs, found with {@link java.util.ServiceLoader}: a catalog is a class
 * named in {@code META-INF/services/org.stressharness.lincheck.engine.CheckCatalog} on the suite's classpath, so the
 * engine runs whatever catalogs are there without knowing any by name.
 */
public interface CheckCatalog {

    /** The catalog's {@link Check} classes, in any order (the engine orders the run). */
    List<Class<?>> checkClasses();

    /**
     * Planted bugs written with {@code Lincheck.runConcurrentTest}, as {@code Class#method} (a public no-arg
     * method of a public class): run first wherever a team's {@code runConcurrentTest} tests run, and each must
     * fail. None by default.
     */
    default List<String> concurrentTestControls() {
        return List.of();
    }

    /**
     * The {@link Check} classes of {@code anchor}'s package (not its subpackages), for a catalog that is one
     * package: a new check is then its own class and nothing else.
     */
    static List<Class<?>> checksInPackageOf(Class<?> anchor) {
        ClassLoader loader = anchor.getClassLoader();
        try (ScanResult scan = new ClassGraph().enableClassLoaders(loader).enableClassInfo().enableAnnotationInfo()
                .acceptPackagesNonRecursive(anchor.getPackageName()).scan()) {
            List<Class<?>> types = new ArrayList<>();
            for (String name : scan.getClassesWithAnnotation(Check.class).getNames()) {
                try {
                    types.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("the classpath lists " + name + " but it cannot be loaded", e);
                }
            }
            return types;
        }
    }
}
