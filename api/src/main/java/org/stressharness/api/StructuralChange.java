package org.stressharness.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a map test whose race is only meaningful if its actors really trigger a change in the map's structure
 * (a resize, a tree bin). For the JDK maps each test runs on by default, a unit test looks inside the map and
 * proves it; for a user's map given with {@code --map}, the harness cannot, and the report says so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StructuralChange {

    /** The change the actors must trigger, in words, e.g. "the table resizes from 16 to 32 slots". */
    String value();
}
