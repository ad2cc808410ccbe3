package org.stressharness.jcstress;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a topic (the class holding its tests) whose demonstrations break on x86 only where C2 reorders their
 * accesses, some only with C2's scheduling randomizers, whose schedules vary with the seed. The quick profile
 * gives each of its tests, guards included (they must race where the demonstrations break), one more
 * randomized fork with every actor in C2: measured, one randomized fork caught the torn snapshot in 6 of 10
 * quick runs, two in 10 of 10 (docs/jcstress.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CompilerReorderings {
}
