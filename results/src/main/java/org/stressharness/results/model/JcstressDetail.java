package org.stressharness.results.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Per-outcome evidence of one jcstress test, summed over all JVM configurations it ran in.
 *
 * @param samples        total samples over all configurations
 * @param outcomes       every observed outcome plus every declared outcome never observed
 * @param configurations the jcstress settings, then each distinct JVM configuration the test ran in
 * @param htmlReport     path of jcstress's own HTML page for this test, relative to the run directory
 * @param forks          the forked JVMs the samples came from: the independent units (samples within one fork
 *                       share its JIT compilation and CPU placement); 0 when not recorded (older runs)
 * @param role           demonstration (an unsafe idiom that may break) or guard (a safe twin); null for neither
 * @param twins          for a demonstration its guards, for a guard its demonstrations (test names)
 * @param byConfiguration per JVM configuration: forks, samples and the counts of its notable outcomes; empty in
 *                        runs written before it was recorded
 * @param firstObserved   per notable outcome seen (interesting, forbidden or ungraded), when it first showed; empty
 *                        in runs written before it was recorded and where the forks' order is not known
 */
public record JcstressDetail(long samples, List<OutcomeCount> outcomes, List<String> configurations,
                             String htmlReport, int forks, Role role, List<String> twins,
                             List<ConfigurationEvidence> byConfiguration, List<FirstObservation> firstObserved)
        implements Detail {

    @Override
    @JsonIgnore
    public Source source() {
        return Source.JCSTRESS;
    }

    /** Evidence without fork count or role (test fixtures, runs written before they were recorded). */
    public JcstressDetail(long samples, List<OutcomeCount> outcomes, List<String> configurations, String htmlReport) {
        this(samples, outcomes, configurations, htmlReport, 0, null, List.of(), List.of(), List.of());
    }

    /** Evidence without the per-configuration breakdown. */
    public JcstressDetail(long samples, List<OutcomeCount> outcomes, List<String> configurations, String htmlReport,
                          int forks, Role role, List<String> twins) {
        this(samples, outcomes, configurations, htmlReport, forks, role, twins, List.of(), List.of());
    }

    /** Evidence without the first observations. */
    public JcstressDetail(long samples, List<OutcomeCount> outcomes, List<String> configurations, String htmlReport,
                          int forks, Role role, List<String> twins, List<ConfigurationEvidence> byConfiguration) {
        this(samples, outcomes, configurations, htmlReport, forks, role, twins, byConfiguration, List.of());
    }

    /** The distinct JVM configurations run (the first entry of {@link #configurations} is jcstress's settings). */
    public int jvmConfigurations() {
        return configurations == null ? 0 : (int) configurations.stream().filter(c -> c.startsWith("JVM ")).count();
    }

    /** The configurations in which {@code outcome} was seen; empty when none, or when not recorded. */
    public List<ConfigurationEvidence> showing(String outcome) {
        return byConfiguration == null ? List.of() : byConfiguration.stream()
                .filter(c -> c.notable() != null && c.notable().getOrDefault(outcome, 0L) > 0).toList();
    }

    /** When {@code outcome} first showed; null when it was not seen, or not recorded. */
    public FirstObservation firstObservation(String outcome) {
        return firstObserved == null ? null : firstObserved.stream()
                .filter(f -> f.outcome().equals(outcome)).findFirst().orElse(null);
    }

    /**
     * The first to show of {@code outcomes}: the one whose first fork came first (forks are numbered in the order
     * they finished, so it is also the earliest in time); empty when none of them was seen, or it was not recorded.
     */
    public Optional<FirstObservation> earliest(Collection<String> outcomes) {
        return outcomes.stream().map(this::firstObservation).filter(f -> f != null)
                .min(Comparator.comparingInt(FirstObservation::fork));
    }

    /** Which side of an idiom a jcstress test is on. */
    public enum Role {
        /** An unsafe idiom: its broken outcome is ACCEPTABLE_INTERESTING, and the report shows how often. */
        DEMONSTRATION,
        /** A safe twin: the same broken outcome is FORBIDDEN. */
        GUARD
    }
}
