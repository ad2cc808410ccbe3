package org.stressharness.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a demonstration measured never to fire on some architectures, with the evidence: jcstress's full default
 * matrix saw none of its interesting outcomes in billions of samples there, and the test's description says why.
 * The test still runs everywhere and its result names the evidence; no profile spends its forks until seen
 * ({@code ProfileSettings.Jcstress.untilSeenForks}) on it there, since the matrix already looked far harder.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NeverFiredOn {

    /** The architectures, as {@code os.arch} names them (e.g. {@code amd64}, {@code x86_64}). */
    String[] architectures();

    /** What was measured: samples, forks, JDK, machine and where the run is kept. */
    String evidence();
}
