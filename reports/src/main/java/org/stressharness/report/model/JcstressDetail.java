package org.stressharness.report.model;

import java.util.List;

/**
 * Per-outcome evidence of one jcstress test, summed over all JVM configurations it ran in.
 *
 * @param samples        total samples over all configurations
 * @param outcomes       every observed outcome plus every declared outcome never observed
 * @param configurations the JVM argument sets the test ran with
 * @param htmlReport     path of jcstress's own HTML page for this test, relative to the run directory
 */
public record JcstressDetail(long samples, List<OutcomeCount> outcomes, List<String> configurations,
                             String htmlReport) {
}
