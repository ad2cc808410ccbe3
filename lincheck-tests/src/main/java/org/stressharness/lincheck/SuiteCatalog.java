package org.stressharness.lincheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Every check of the suite, in run order: the {@link Check}-annotated classes, each run under its strategies.
 * To add a check, write its class and name it here.
 */
public final class SuiteCatalog {

    /** The checks of ConcurrentHashMap, the map the suite checks by default. */
    private static final List<Class<?>> CONCURRENT_HASH_MAP = List.of(
            ConcurrentHashMapTest.class,
            ConcurrentHashMapCollidingKeysTest.class,
            ConcurrentHashMapCountTest.class,
            ConcurrentHashMapSizeFinding.class,
            ConcurrentHashMapObstructionFreedomFinding.class);

    /** The same questions asked of the user's map ({@code --map}). */
    private static final List<Class<?>> USER_MAP = List.of(
            UserMapTest.class,
            UserMapCollidingKeysTest.class,
            UserMapCountTest.class,
            UserMapSizeFinding.class);

    /** Broken maps the checker must catch, whatever map is under test. */
    private static final List<Class<?>> NEGATIVE_CONTROLS = List.of(
            HashMapNegativeControl.class,
            GetThenPutIfAbsentNegativeControl.class,
            UnsyncSizeCounterNegativeControl.class);

    private SuiteCatalog() {
    }

    /** The suite against ConcurrentHashMap. */
    public static List<LincheckCheck> checks() {
        return expand(CONCURRENT_HASH_MAP, null);
    }

    /** The suite with {@code userMap} in ConcurrentHashMap's place. */
    public static List<LincheckCheck> checks(Class<?> userMap) {
        return expand(USER_MAP, userMap);
    }

    private static List<LincheckCheck> expand(List<Class<?>> mapChecks, Class<?> userMap) {
        List<LincheckCheck> checks = new ArrayList<>();
        for (Class<?> type : mapChecks) {
            add(checks, type, userMap);
        }
        for (Class<?> type : NEGATIVE_CONTROLS) {
            add(checks, type, null);
        }
        return checks;
    }

    private static void add(List<LincheckCheck> checks, Class<?> type, Class<?> userMap) {
        Check c = type.getAnnotation(Check.class);
        if (c == null) {
            throw new IllegalStateException(type.getName() + " is not annotated @Check");
        }
        boolean onUserMap = c.map() == Void.class;
        String map = onUserMap ? userMap.getName() : c.map().getName();
        String test = type.getSimpleName() + (onUserMap ? "[" + map + "]" : "");
        for (Strategy strategy : c.strategies()) {
            checks.add(new LincheckCheck(test + "." + strategy.testSuffix(), c.shows().replace("%s", map), type, map,
                    strategy, c.kind(), c.obstructionFreedom(),
                    c.kind() == CheckKind.CORRECT ? null : c.expectedFailure(),
                    c.evidence().isEmpty() ? null : c.evidence(),
                    c.countAtRest() == Void.class ? null : c.countAtRest()));
        }
    }
}
