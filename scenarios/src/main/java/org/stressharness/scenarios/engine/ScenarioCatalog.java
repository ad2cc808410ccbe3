package org.stressharness.scenarios.engine;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of scenarios the suite runs, found with {@link java.util.ServiceLoader}: a catalog is a class named in
 * {@code META-INF/services/org.stressharness.scenarios.engine.ScenarioCatalog} on the suite's classpath, so the
 * engine runs whatever catalogs are there without knowing any by name.
 */
public interface ScenarioCatalog {

    /** The catalog's scenarios, in any order (the engine orders them by id). */
    List<Scenario> scenarios();

    /**
     * The {@code public static final Scenario} fields of the classes in {@code anchor}'s package (not its
     * subpackages), for a catalog that is one package: a new scenario is then its workload class with its field,
     * and nothing else.
     */
    static List<Scenario> declaredInPackageOf(Class<?> anchor) {
        ClassLoader loader = anchor.getClassLoader();
        List<Scenario> found = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().enableClassLoaders(loader).enableClassInfo()
                .acceptPackagesNonRecursive(anchor.getPackageName()).scan()) {
            for (String name : scan.getAllClasses().getNames()) {
                try {
                    found.addAll(Scenario.declaredBy(Class.forName(name, false, loader)));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("the classpath lists " + name + " but it cannot be loaded", e);
                }
            }
        }
        return found;
    }
}
