package org.stressharness.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a topic (the class holding its tests) whose demonstrations break on x86 only where C2 reorders their
 * accesses, some only with C2's scheduling randomizers, whose schedules vary with the seed. The quick profile
 * gives each of its tests, guards included (they must race where the demonstrations break), two randomized forks
 * besides the JVM's defaults: the writer in C2 and the reader in C1, and every actor in C2. Measured over 10 quick
 * runs: with only one of them, the torn snapshot showed in 6 of 10 runs, and without the defaults the half-built
 * singleton in 5 of 10 (docs/jcstress.md). A demonstration of the topic that has not fired after those forks runs
 * more randomized ones until it does ({@code ProfileSettings.QUICK_UNTIL_SEEN_FORKS} at most, in the results module).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CompilerReorderings {
}
