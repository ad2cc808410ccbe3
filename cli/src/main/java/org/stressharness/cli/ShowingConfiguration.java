package org.stressharness.cli;

import org.stressharness.report.text.Figures;
import org.stressharness.results.model.ConfigurationEvidence;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.TestResult;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JVM configuration in which a jcstress run saw an outcome at the highest rate: what {@code harness
 * reproduce} runs instead of the profile's whole plan, since a compiler reordering may show in one configuration
 * (one compile mode per actor, one C2 randomizer seed) and in no other.
 *
 * @param evidence the configuration, as the run recorded it
 * @param hits     the wanted outcome's count in it
 */
record ShowingConfiguration(ConfigurationEvidence evidence, long hits) {

    /** The jcstress suite's options that run only this configuration. */
    List<String> suiteArguments() {
        return List.of("--replay-jvm-args", String.join(" ", evidence.replay().jvmArgs()),
                "--replay-compile-mode", Integer.toString(evidence.replay().compileMode()));
    }

    String describe() {
        return evidence.configuration() + " (" + hits + " in " + Figures.count(evidence.samples()) + " samples, "
                + evidence.forks() + " fork" + (evidence.forks() == 1 ? "" : "s") + ")";
    }

    /**
     * @param outcome the outcome asked for, or null for any interesting or forbidden one
     * @return empty when the run kept no configuration that showed it (a run from before configurations were
     * recorded, or an outcome it never saw)
     */
    static Optional<ShowingConfiguration> of(TestResult recorded, String outcome) {
        if (recorded.jcstress() == null) {
            return Optional.empty();
        }
        Map<String, Expectation> grades = new java.util.HashMap<>();
        for (OutcomeCount o : recorded.jcstress().outcomes()) {
            grades.put(o.outcome(), o.expect());
        }
        List<ConfigurationEvidence> configurations = recorded.jcstress().byConfiguration();
        return (configurations == null ? List.<ConfigurationEvidence>of() : configurations).stream()
                .filter(c -> c.replay() != null)
                .map(c -> new ShowingConfiguration(c, c.notable().entrySet().stream()
                        .filter(e -> Reproduction.wanted(outcome, e.getKey(), grades.get(e.getKey())))
                        .mapToLong(Map.Entry::getValue).sum()))
                .filter(s -> s.hits > 0)
                .max(Comparator.comparingDouble(ShowingConfiguration::rate)
                        .thenComparingLong(ShowingConfiguration::hits));
    }

    private double rate() {
        return evidence.samples() == 0 ? 0 : hits / (double) evidence.samples();
    }
}
