package org.stressharness.lincheck;

import java.util.ArrayList;
import java.util.List;

/** Every check of the suite, in run order. */
public final class SuiteCatalog {

    /** A size finding is one only if the minimized scenario still needs a count to fail. */
    private static final String SIZE_EVIDENCE = "size\\(\\)|isEmpty\\(\\)";

    private SuiteCatalog() {
    }

    /** The suite against ConcurrentHashMap. */
    public static List<LincheckCheck> checks() {
        return build(null);
    }

    /** The suite with {@code userMap} in ConcurrentHashMap's place. */
    public static List<LincheckCheck> checks(Class<?> userMap) {
        return build(userMap);
    }

    private static List<LincheckCheck> build(Class<?> userMap) {
        List<LincheckCheck> checks = new ArrayList<>();
        if (userMap == null) {
            String chm = java.util.concurrent.ConcurrentHashMap.class.getName();
            both(checks, "ConcurrentHashMapTest",
                    "ConcurrentHashMap is linearizable for every single-key operation",
                    ConcurrentHashMapTarget.class, chm, CheckKind.CORRECT);
            both(checks, "ConcurrentHashMapCollidingKeysTest",
                    "ConcurrentHashMap is linearizable with all keys in one treeified bin",
                    ConcurrentHashMapCollidingKeysTarget.class, chm, CheckKind.CORRECT);
            both(checks, "ConcurrentHashMapCountTest",
                    "ConcurrentHashMap's size()/isEmpty() are exact once concurrent putIfAbsent/remove are over",
                    ConcurrentHashMapCountTarget.class, chm, CheckKind.CORRECT);
            sizeFinding(checks, "ConcurrentHashMapSizeFinding",
                    "ConcurrentHashMap.size()/isEmpty() are not linearizable under concurrent putIfAbsent/remove: "
                            + "they are estimates while updates run",
                    ConcurrentHashMapSizeTarget.class, chm, ConcurrentHashMapCountTarget.class);
            checks.add(new LincheckCheck("ConcurrentHashMapObstructionFreedomFinding.modelChecking",
                    "ConcurrentHashMap updates are not obstruction-free: they lock the bin they change",
                    ConcurrentHashMapTarget.class, chm, Strategy.MODEL_CHECKING, CheckKind.FINDING, true,
                    FailureKind.OBSTRUCTION_FREEDOM, null, null));
        } else {
            String name = userMap.getName();
            both(checks, "UserMapTest[" + name + "]", name + " is linearizable for every single-key operation",
                    UserMapTarget.class, name, CheckKind.CORRECT);
            both(checks, "UserMapCollidingKeysTest[" + name + "]",
                    name + " is linearizable with all keys sharing one hash code",
                    UserMapCollidingKeysTarget.class, name, CheckKind.CORRECT);
            both(checks, "UserMapCountTest[" + name + "]",
                    name + "'s size()/isEmpty() are exact once concurrent putIfAbsent/remove are over",
                    UserMapCountTarget.class, name, CheckKind.CORRECT);
            sizeFinding(checks, "UserMapSizeFinding[" + name + "]",
                    "Whether " + name + ".size()/isEmpty() are linearizable under concurrent putIfAbsent/remove "
                            + "(ConcurrentHashMap's are not: estimates while updates run)",
                    UserMapSizeTarget.class, name, UserMapCountTarget.class);
        }
        both(checks, "HashMapNegativeControl", "Negative control: plain HashMap must be reported",
                HashMapTarget.class, java.util.HashMap.class.getName(), CheckKind.NEGATIVE_CONTROL);
        both(checks, "GetThenPutIfAbsentNegativeControl",
                "Negative control: putIfAbsent written as get-then-put over ConcurrentHashMap must be reported",
                GetThenPutIfAbsentTarget.class, GetThenPutIfAbsentMap.class.getName(), CheckKind.NEGATIVE_CONTROL);
        for (Strategy strategy : Strategy.values()) {
            checks.add(new LincheckCheck("UnsyncSizeCounterNegativeControl." + strategy.testSuffix(),
                    "Negative control: a map whose size is a plain int counter that loses updates must be reported "
                            + "as a count corrupted at rest (not as ConcurrentHashMap's estimate)",
                    UnsyncSizeCounterTarget.class, UnsyncSizeCounterMap.class.getName(), strategy,
                    CheckKind.NEGATIVE_CONTROL, false, FailureKind.VALIDATION, null, null));
        }
        return checks;
    }

    private static void both(List<LincheckCheck> checks, String test, String description, Class<?> target,
                             String implementation, CheckKind kind) {
        for (Strategy strategy : Strategy.values()) {
            checks.add(new LincheckCheck(test + "." + strategy.testSuffix(), description, target, implementation,
                    strategy, kind, false, kind == CheckKind.CORRECT ? null : FailureKind.INCORRECT_RESULTS,
                    null, null));
        }
    }

    private static void sizeFinding(List<LincheckCheck> checks, String test, String description, Class<?> target,
                                    String implementation, Class<?> countAtRest) {
        for (Strategy strategy : Strategy.values()) {
            checks.add(new LincheckCheck(test + "." + strategy.testSuffix(), description, target, implementation,
                    strategy, CheckKind.FINDING, false, FailureKind.INCORRECT_RESULTS, SIZE_EVIDENCE, countAtRest));
        }
    }
}
