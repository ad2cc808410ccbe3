package org.stressharness.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a jcstress test as a guard: the safe twin of the demonstrations named here, run with the same setup so
 * that its FORBIDDEN outcome is the one they show. The report sets each guard beside its demonstrations: a guard
 * that held means something only in a run where its demonstration broke.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GuardOf {

    /** The demonstrations (unsafe idioms) this guard is the safe version of. */
    Class<?>[] value();
}
