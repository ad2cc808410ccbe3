package org.stressharness.lincheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Every check the suite can run: the {@link Check} classes of every {@link CheckCatalog} on the classpath. Which
 * run is read from the annotation: a check of a fixed map runs when no {@code --map} is given, a check of the
 * user's map ({@code map = Void.class}) when one is, and the negative controls always. Run order: the map's checks
 * (those that must pass, then the findings), then the controls, each group by class name.
 */
public final class Checks {

    private static final Comparator<Class<?>> RUN_ORDER = Comparator
            .comparing((Class<?> type) -> type.getAnnotation(Check.class).kind() == CheckKind.NEGATIVE_CONTROL)
            .thenComparing(type -> type.getAnnotation(Check.class).kind() == CheckKind.FINDING)
            .thenComparing(Class::getSimpleName);

    private static List<Class<?>> annotated;

    private Checks() {
    }

    /** The suite against its catalogs' own maps (the fixed-map checks and the controls). */
    public static List<LincheckCheck> checks() {
        return expand(annotated().stream().filter(type -> !onUserMap(type)).toList(), null);
    }

    /** The suite with {@code userMap} in the fixed maps' place. */
    public static List<LincheckCheck> checks(Class<?> userMap) {
        return expand(annotated().stream()
                .filter(type -> onUserMap(type) || kindOf(type) == CheckKind.NEGATIVE_CONTROL).toList(), userMap);
    }

    /** The {@link Check} classes of every catalog, in run order; found once per JVM, on first use. */
    public static synchronized List<Class<?>> annotated() {
        if (annotated == null) {
            List<Class<?>> types = new ArrayList<>();
            for (CheckCatalog catalog : ServiceLoader.load(CheckCatalog.class, Checks.class.getClassLoader())) {
                for (Class<?> type : catalog.checkClasses()) {
                    if (type.getAnnotation(Check.class) == null) {
                        throw new IllegalStateException(catalog.getClass().getName() + " lists " + type.getName()
                                + ", which has no @Check");
                    }
                    types.add(type);
                }
            }
            types.sort(RUN_ORDER);
            annotated = List.copyOf(types);
        }
        return annotated;
    }
    /** The {@link SequentialSpecification} the class or an operation set it extends names, else null. */
    private static Class<?> sequentialSpecificationOf(Class<?> type) {
        SequentialSpecification s = type.getAnnotation(SequentialSpecification.class);
        return s == null ? null : s.value();
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
                        sequentialSpecificationOf(type),
                        c.countAtRest() == Void.class ? null : c.countAtRest()));
            }
        }
        return checks;
    }
}
