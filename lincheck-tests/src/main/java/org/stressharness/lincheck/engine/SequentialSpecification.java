package org.stressharness.lincheck.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lincheck's sequential specification for the checks that extend the annotated class: the class whose operations,
 * run one at a time, give the results a linearizable run must match. Inherited, so an operation set names it once
 * for every check built on it; without it Lincheck runs the check's own class sequentially.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SequentialSpecification {

    /** The specification class: the same operations, with a public no-arg constructor. */
    Class<?> value();
}
