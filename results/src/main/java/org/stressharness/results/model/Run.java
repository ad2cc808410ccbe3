package org.stressharness.results.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One invocation of {@code harness run}: where and how it ran, and every result it produced.
 * Serialized as {@code run.json}; the schema is documented in {@code results/SCHEMA.md}.
 *
 * @param schemaVersion bumped on incompatible changes
 * @param id            unique run id, also the run directory's name
 * @param startedAt     ISO-8601 instant
 * @param finishedAt    ISO-8601 instant
 * @param profile       the profile's id (smoke, quick, nightly, tough)
 * @param complete      false when the run was interrupted or a suite could not finish
 * @param command       the command line that started the run
 * @param host          the machine and JVM
 * @param results       every test result, all sources together
 */
public record Run(int schemaVersion, String id, String startedAt, String finishedAt, String profile,
                  boolean complete, List<String> command, Host host, List<TestResult> results) {

    public static final int SCHEMA_VERSION = 1;

    /** Results per status as {@link VerdictLabel#statusOf} reads them, every status present (zero when none). */
    public Map<Status, Integer> countByStatus() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        for (TestResult r : results) {
            counts.merge(VerdictLabel.statusOf(r), 1, Integer::sum);
        }
        return counts;
    }

    /** The worst status of all results; PASSED for an empty run. */
    public Status verdict() {
        return results.stream().map(VerdictLabel::statusOf).reduce(Status.PASSED, Status::worst);
    }
}
