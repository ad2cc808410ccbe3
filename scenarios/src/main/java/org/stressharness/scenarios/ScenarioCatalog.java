package org.stressharness.scenarios;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import org.stressharness.scenarios.workload.Workload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every scenario the suite offers: the {@code public static final Scenario} fields of the classes in the workload
 * package, found on the classpath, ordered by id. A new scenario is its workload class with its field, and nothing
 * else. Scanned once per JVM; a child JVM never scans (it is told the declaring class, see
 * {@link Scenario#declaredBy(Class, String)}).
 */
public final class ScenarioCatalog {

    private static List<Scenario> all;

    private ScenarioCatalog() {
    }

    /** Every declared scenario, by id. */
    public static synchronized List<Scenario> all() {
        if (all == null) {
            all = scan();
        }
        return all;
    }

    private static List<Scenario> scan() {
        ClassLoader loader = ScenarioCatalog.class.getClassLoader();
        List<Scenario> found = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().enableClassLoaders(loader).enableClassInfo()
                .acceptPackagesNonRecursive(Workload.class.getPackageName()).scan()) {
            for (String name : scan.getAllClasses().getNames()) {
                found.addAll(Scenario.declaredBy(load(name, loader)));
            }
        }
        found.sort(Comparator.comparing(Scenario::id));
        Map<String, Scenario> byId = new HashMap<>();
        for (Scenario s : found) {
            Scenario twin = byId.put(s.id(), s);
            if (twin != null) {
                throw new IllegalStateException("two scenarios named '" + s.id() + "': in "
                        + twin.declaredIn().getName() + " and " + s.declaredIn().getName());
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no scenario found in package " + Workload.class.getPackageName());
        }
        return List.copyOf(found);
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the classpath lists " + name + " but it cannot be loaded", e);
        }
    }
}
