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

    /**
     * A team's own checks ({@link UserChecks}) in place of the catalogs' fixed-map checks, and the catalogs'
     * negative controls beside them: planted bugs Lincheck must catch on this JDK, so that a checker that silently
     * does nothing fails the run rather than passing the team's checks.
     */
    public static List<LincheckCheck> checksOf(UserChecks.Found userChecks) {
        List<LincheckCheck> checks = new ArrayList<>();
        if (!userChecks.concurrentTests().isEmpty()) {
            // First: whether runConcurrentTest catches a planted bug on this JDK decides what the team's mean.
            for (CheckCatalog catalog : ServiceLoader.load(CheckCatalog.class, Checks.class.getClassLoader())) {
                catalog.concurrentTestControls().forEach(t -> checks.add(concurrentTest(t, CheckKind.NEGATIVE_CONTROL,
                        "(): a planted bug Lincheck.runConcurrentTest must catch")));
            }
        }
        for (String test : userChecks.concurrentTests()) {
            checks.add(concurrentTest(test, CheckKind.CORRECT,
                    "(): Lincheck.runConcurrentTest must find no failing interleaving"));
        }
        for (Class<?> type : userChecks.operationClasses()) {
            for (Strategy strategy : new Strategy[] {Strategy.MODEL_CHECKING, Strategy.STRESS}) {
                checks.add(new LincheckCheck(type.getSimpleName() + "." + strategy.testSuffix(),
                        type.getName() + ": its @Operation methods are linearizable", type, type.getName(), strategy,
                        CheckKind.CORRECT, false, null, null, sequentialSpecificationOf(type), null, null));
            }
        }
        checks.addAll(expand(annotated().stream().filter(t -> kindOf(t) == CheckKind.NEGATIVE_CONTROL).toList(),
                null));
        return checks;
    }

    private static LincheckCheck concurrentTest(String test, CheckKind kind, String shows) {
        String className = test.substring(0, test.indexOf('#'));
        String method = test.substring(test.indexOf('#') + 1);
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return new LincheckCheck(simple + "." + method, className + "." + method + shows, null, className,
                Strategy.MODEL_CHECKING, kind, false, kind == CheckKind.NEGATIVE_CONTROL ? "any" : null, null, null,
                null, method);
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
                        c.countAtRest() == Void.class ? null : c.countAtRest(), null));
            }
        }
        return checks;
    }
}
