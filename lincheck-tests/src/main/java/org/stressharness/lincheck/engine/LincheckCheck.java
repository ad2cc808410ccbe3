package org.stressharness.lincheck.engine;

/**
 * One Lincheck run the suite knows: a target class under one strategy, and what the outcome should be.
 *
 * @param name                    stable test id, e.g. {@code MyMapCheck.modelChecking}
 * @param description             what it shows
 * @param target                  the class Lincheck instantiates and calls (its {@code @Operation}s)
 * @param implementation          class name of the map under test
 * @param strategy                model checking or stress
 * @param kind                    how the outcome is graded
 * @param checkObstructionFreedom also report any blocking (locks, waits) as a failure; model checking only
 * @param expectedFailureKind     for a negative control or finding: the {@link FailureKind} that counts as caught
 *                                (another kind of failure is graded FAILED); null for a check that must pass
 * @param evidence                for a finding: a regular expression the minimized scenario must contain for the
 *                                failure to be that finding (e.g. {@code size()}: Lincheck drops every call the
 *                                failure does not need); null when the failure kind says enough
 * @param sequentialSpecification Lincheck's sequential specification for this check, null for its own class
 * @param testMethod              for a team's {@code Lincheck.runConcurrentTest} test: the method that runs it (the
 *                                check's settings are its own); null for an {@code @Operation} class
 * @param countAtRest             for a finding about counting: a target ({@code @Validate} method) over the
 *                                same map whose validation must pass for the finding to be the documented
 *                                estimate rather than a corrupted count; null otherwise
 */
public record LincheckCheck(String name, String description, Class<?> target, String implementation,
                            Strategy strategy, CheckKind kind, boolean checkObstructionFreedom,
                            String expectedFailureKind, String evidence, Class<?> sequentialSpecification,
                            Class<?> countAtRest, String testMethod) {
}
