package org.stressharness.report.history;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.model.VerdictLabel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run reduced to what a trend across nights needs: each result's verdict, samples and forks, and the counts
 * of its interesting and forbidden outcomes (zero counts kept, so that "never seen" can be summed over nights). A
 * few kilobytes instead of the run's megabytes: a year of nightly jobs fits in a CI cache.
 *
 * @param durationMs the run's wall time, its cost
 */
public record NightDigest(String runId, String startedAt, String arch, String jdk, String profile, long durationMs,
                          boolean complete, List<Entry> results) {

    /** What a digest file's name ends with. */
    public static final String SUFFIX = ".digest.json";

    /**
     * Written as a JSON array, not an object: a year of nightly jobs holds half a million entries, and field
     * names repeated in each were half of the bytes to store and parse.
     *
     * @param interesting every ACCEPTABLE_INTERESTING outcome the test declares or saw, with its count
     * @param forbidden   every FORBIDDEN outcome the test declares or saw, with its count
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"name", "source", "status", "role", "samples", "forks", "interesting", "forbidden"})
    public record Entry(String name, Source source, Status status, JcstressDetail.Role role, long samples, int forks,
                        Map<String, Long> interesting, Map<String, Long> forbidden) {

        /** A demonstration kept as PASSED before NOT_OBSERVED existed did not fire: it reads as NOT_OBSERVED. */
        public Entry {
            status = VerdictLabel.statusOf(status, role);
        }
    }

    public static NightDigest of(Run run) {
        List<Entry> entries = new ArrayList<>(run.results().size());
        for (TestResult r : run.results()) {
            JcstressDetail j = r.jcstress();
            Map<String, Long> interesting = new TreeMap<>();
            Map<String, Long> forbidden = new TreeMap<>();
            if (j != null) {
                for (OutcomeCount o : j.outcomes()) {
                    if (o.expect() == Expectation.ACCEPTABLE_INTERESTING) {
                        interesting.merge(o.outcome(), o.count(), Long::sum);
                    } else if (o.expect() == Expectation.FORBIDDEN) {
                        forbidden.merge(o.outcome(), o.count(), Long::sum);
                    }
                }
            }
            entries.add(new Entry(r.name(), r.source(), VerdictLabel.statusOf(r), j == null ? null : j.role(),
                    j == null ? 0 : j.samples(), j == null ? 0 : j.forks(), interesting, forbidden));
        }
        String jdk = run.host() == null ? "?" : major(run.host().jvmVersion());
        return new NightDigest(run.id(), run.startedAt(), run.host() == null ? "?" : run.host().arch(), jdk,
                run.profile(), durationMs(run), run.complete(), entries);
    }

    /** The (architecture, JDK) a nightly job runs on: the trend's unit besides the test. */
    public String job() {
        return arch + " / JDK " + jdk;
    }

    /** The UTC day the run started on: runs are grouped into nights by it. */
    public String night() {
        return startedAt == null || startedAt.length() < 10 ? "?" : startedAt.substring(0, 10);
    }

    static String major(String version) {
        if (version == null || version.isBlank()) {
            return "?";
        }
        String v = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? v : v.substring(0, end);
    }

    private static long durationMs(Run run) {
        try {
            return Duration.between(Instant.parse(run.startedAt()), Instant.parse(run.finishedAt())).toMillis();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
