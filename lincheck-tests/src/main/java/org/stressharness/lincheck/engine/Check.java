package org.stressharness.lincheck.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a Lincheck test class one check of the suite, in the style of Lincheck's own guide: the class holds the
 * operations, the structure it checks (its constructor), and, here, what is expected of it. A catalog
 * ({@link CheckCatalog}) names the classes. The test name is the class's simple name (with {@code [map class]} for
 * a check of the user's map) plus the strategy.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Check {

    /** What the check shows, in one sentence; in a check of the user's map, {@code %s} is the map's class. */
    String shows();

    /** How the outcome is graded. */
    CheckKind kind();

    /** The map under test; {@code Void} for the user's map given with {@code --map}. */
    Class<?> map() default Void.class;

    /** For a negative control or finding: the {@link FailureKind} that counts as caught or reproduced. */
    String expectedFailure() default FailureKind.INCORRECT_RESULTS;

    /** The strategies it runs under, each one test. */
    Strategy[] strategies() default {Strategy.MODEL_CHECKING, Strategy.STRESS};

    /** Also report any blocking as a failure (model checking only). */
    boolean obstructionFreedom() default false;

    /** For a finding: a regular expression the minimized scenario must contain to be that finding. */
    String evidence() default "";

    /**
     * For a finding about counting: the check of the same map's count at rest, which must hold for the finding to
     * be the documented estimate rather than a corrupted count. {@code Void}: none.
     */
    Class<?> countAtRest() default Void.class;
}
