package org.stressharness.report.history;

import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Made-up nights for measuring and testing the history at scale (as {@code SyntheticRuns} is for one run): a
 * tenth of the tests are demonstrations that fire on most nights, one in five of them flaky; the rest are guards
 * that hold, with a forbidden outcome seen once in a long while on one of them. Seeded, so a size always gives
 * the same history.
 */
public final class SyntheticHistory {

    private SyntheticHistory() {
    }

    public static List<NightDigest> nights(int nights, int jobs, int tests) {
        Random random = new Random(42);
        Instant first = Instant.parse("2026-01-01T02:17:00Z");
        String[] arch = {"amd64", "aarch64"};
        String[] jdk = {"17", "21", "25"};
        List<NightDigest> runs = new ArrayList<>(nights * jobs);
        for (int night = 0; night < nights; night++) {
            Instant start = first.plus(night, ChronoUnit.DAYS);
            for (int job = 0; job < jobs; job++) {
                String a = arch[job % arch.length];
                String j = jdk[(job / arch.length) % jdk.length];
                int shard = job / (arch.length * jdk.length);
                List<NightDigest.Entry> entries = new ArrayList<>(tests);
                for (int t = 0; t < tests; t++) {
                    entries.add(entry(random, t, night));
                }
                runs.add(new NightDigest("night-" + night + "-job-" + job, start.plusSeconds(job).toString(), a, j
                        + "-s"
                        + shard, "nightly", 3_000_000L + random.nextInt(600_000), true, entries));
            }
        }
        return runs;
    }

    private static NightDigest.Entry entry(Random random, int t, int night) {
        String name = "org.example.synthetic.Topic" + (t / 10) + ".Test" + t;
        long samples = 50_000_000L + random.nextInt(10_000_000);
        int forks = 28;
        if (t % 10 == 0) {
            double fires = t % 50 == 0 ? 0.6 : 1.0;
            long racy = random.nextDouble() < fires ? 1 + random.nextInt(5_000) : 0;
            return new NightDigest.Entry(name, Source.JCSTRESS, racy > 0 ? Status.INTERESTING : Status.PASSED,
                    JcstressDetail.Role.DEMONSTRATION, samples, forks, Map.of("1, 0", racy, "0, 1", racy / 3),
                    Map.of("2, 2", 0L));
        }
        long forbidden = t == 7 && night % 97 == 96 ? 1 : 0;
        return new NightDigest.Entry(name, Source.JCSTRESS, forbidden > 0 ? Status.FAILED : Status.PASSED,
                JcstressDetail.Role.GUARD, samples, forks, Map.of(), Map.of("1, 0", forbidden));
    }
}
