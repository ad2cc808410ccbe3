package org.stressharness.lincheck.engine;

/** What a check expects of Lincheck, which decides how its outcome is graded. */
public enum CheckKind {
    /** A map that must be linearizable: passing is PASSED, a failure is FAILED. */
    CORRECT,
    /** A broken map Lincheck must catch: caught is PASSED, not caught is FAILED (the checker has no teeth). */
    NEGATIVE_CONTROL,
    /** A documented behaviour of a real map: found is INTERESTING, not found is PASSED ("not reproduced"). */
    FINDING
}
