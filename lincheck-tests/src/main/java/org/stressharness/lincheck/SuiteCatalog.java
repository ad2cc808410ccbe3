package org.stressharness.lincheck;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every check of the suite: the {@link Check}-annotated classes of this package, found on the classpath, so a new
 * check is its own class and nothing else. Which run is read from the annotation: a check of a fixed map runs
 * when no {@code --map} is given, a check of the user's map ({@code map = Void.class}) when one is, and the
 * negative controls always. Run order: the map's checks (those that must pass, then the findings), then the
 * controls, each group by class name.
 */
public final class SuiteCatalog {

    private static final Comparator<Class<?>> RUN_ORDER = Comparator
            .comparing((Class<?> type) -> type.getAnnotation(Check.class).kind() == CheckKind.NEGATIVE_CONTROL)
            .thenComparing(type -> type.getAnnotation(Check.class).kind() == CheckKind.FINDING)
            .thenComparing(Class::getSimpleName);

    private static List<Class<?>> annotated;

    private SuiteCatalog() {
    }

    /** The suite against its own maps (ConcurrentHashMap's checks and the controls). */
    public static List<LincheckCheck> checks() {
        return expand(annotated().stream().filter(type -> !onUserMap(type)).toList(), null);
    }

    /** The suite with {@code userMap} in ConcurrentHashMap's place. */
    public static List<LincheckCheck> checks(Class<?> userMap) {
        return expand(annotated().stream()
                .filter(type -> onUserMap(type) || kindOf(type) == CheckKind.NEGATIVE_CONTROL).toList(), userMap);
    }

    /** The {@link Check} classes of this package, in run order; scanned once per JVM, on first use. */
    static synchronized List<Class<?>> annotated() {
        if (annotated == null) {
            annotated = scan();
        }
        return annotated;
    }

    private static List<Class<?>> scan() {
        try (ScanResult scan = new ClassGraph().enableClassLoaders(SuiteCatalog.class.getClassLoader())
                .enableClassInfo().enableAnnotationInfo()
                .acceptPackagesNonRecursive(SuiteCatalog.class.getPackageName()).scan()) {
            List<Class<?>> types = new ArrayList<>();
            for (String name : scan.getClassesWithAnnotation(Check.class).getNames()) {
                types.add(load(name));
            }
            types.sort(RUN_ORDER);
            return List.copyOf(types);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SuiteCatalog.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the classpath lists " + name + " but it cannot be loaded", e);
        }
    }

    private static boolean onUserMap(Class<?> type) {
        return type.getAnnotation(Check.class).map() == Void.class;
    }

    private static CheckKind kindOf(Class<?> type) {
        return type.getAnnotation(Check.class).kind();
    }

    private static List<LincheckCheck> expand(List<Class<?>> types, Class<?> userMap) {
        List<LincheckCheck> checks = new ArrayList<>();
        for (Class<?> type : types) {
            Check c = type.getAnnotation(Check.class);
            boolean onUserMap = c.map() == Void.class;
            String map = onUserMap ? userMap.getName() : c.map().getName();
            String test = type.getSimpleName() + (onUserMap ? "[" + map + "]" : "");
            for (Strategy strategy : c.strategies()) {
                checks.add(new LincheckCheck(test + "." + strategy.testSuffix(), c.shows().replace("%s", map), type,
                        map, strategy, c.kind(), c.obstructionFreedom(),
                        c.kind() == CheckKind.CORRECT ? null : c.expectedFailure(),
                        c.evidence().isEmpty() ? null : c.evidence(),
                        c.countAtRest() == Void.class ? null : c.countAtRest()));
            }
        }
        return checks;
    }
}
