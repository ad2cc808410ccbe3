package org.stressharness.report.history;

import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs from many nights, jobs, architectures and JDKs, arranged per test and job over time: the trend page's and
 * the morning summary's model.
 */
public final class History {

    private final List<NightDigest> runs;
    private final List<TestTrend> trends;

    private History(List<NightDigest> runs, List<TestTrend> trends) {
        this.runs = runs;
        this.trends = trends;
    }

    /** @param runs oldest first (as {@link HistoryStore#read} returns them) */
    public static History of(List<NightDigest> runs) {
        // Per (test, job), night after night: a job's shards hold different tests; a rerun on the same night
        // replaces the earlier result (runs come oldest first).
        Map<String, Map<String, Series>> byTest = new HashMap<>();
        for (NightDigest run : runs) {
            String job = run.job();
            String night = run.night();
            for (NightDigest.Entry e : run.results()) {
                Series series = byTest.computeIfAbsent(e.name(), t -> new HashMap<>()).computeIfAbsent(job, j
                        -> new Series());
                TestTrend.Night n = new TestTrend.Night(night, run.runId(), e.status(), e.samples(), e.forks(),
                        e.interesting(), e.forbidden());
                int last = series.nights.size() - 1;
                if (last >= 0 && series.nights.get(last).night().equals(night)) {
                    series.nights.set(last, n);
                } else {
                    series.nights.add(n);
                }
                series.last = e;
            }
        }
        List<TestTrend> trends = new ArrayList<>();
        for (String test : new TreeSet<>(byTest.keySet())) {
            Map<String, Series> jobs = byTest.get(test);
            for (String job : new TreeSet<>(jobs.keySet())) {
                Series s = jobs.get(job);
                s.nights.sort(Comparator.comparing(TestTrend.Night::night));
                trends.add(TestTrend.of(test, job, s.last.source(), s.last.role(), List.copyOf(s.nights)));
            }
        }
        return new History(List.copyOf(runs), List.copyOf(trends));
    }

    /** One test's nights on one job, as they are gathered. */
    private static final class Series {
        final List<TestTrend.Night> nights = new ArrayList<>();
        NightDigest.Entry last;
    }

    public List<TestTrend> trends() {
        return trends;
    }

    public List<NightDigest> runs() {
        return runs;
    }

    public List<String> jobs() {
        return runs.stream().map(NightDigest::job).distinct().sorted().toList();
    }

    public List<String> nights() {
        return runs.stream().map(NightDigest::night).distinct().sorted().toList();
    }

    /** Distinct tests across all jobs. */
    public int tests() {
        return (int) trends.stream().map(TestTrend::test).distinct().count();
    }

    public List<NightCost> costs() {
        Map<String, List<NightDigest>> byNight = runs.stream()
                .collect(Collectors.groupingBy(NightDigest::night, TreeMap::new, Collectors.toList()));
        List<NightCost> costs = new ArrayList<>();
        byNight.forEach((night, rs) -> costs.add(new NightCost(night, rs.size(),
                rs.stream().mapToLong(NightDigest::durationMs).sum(), rs.stream().mapToInt(r
                        -> r.results().size()).sum())));
        return costs;
    }

    /** The demonstrations that fired on some nights and not others, most recently silent first. */
    public List<TestTrend> flaky() {
        return trends.stream().filter(TestTrend::flaky)
                .sorted(Comparator.comparing((TestTrend t)
                        -> String.valueOf(t.lastFired())).thenComparing(TestTrend::test))
                .toList();
    }

    /**
     * What each job's latest night shows that its {@code lastN} nights before did not.
     */
    public List<News> newTonight(int lastN) {
        List<News> news = new ArrayList<>();
        for (String job : jobs()) {
            List<String> jobNights = runs.stream().filter(r -> r.job().equals(job)).map(NightDigest::night)
                    .distinct().sorted().toList();
            String tonight = jobNights.get(jobNights.size() - 1);
            Set<String> before = new TreeSet<>(jobNights.subList(Math.max(0, jobNights.size() - 1 - lastN),
                    jobNights.size() - 1));
            if (before.isEmpty()) {
                continue;
            }
            String lastNight = ((TreeSet<String>) before).last();
            for (TestTrend t : trends) {
                if (!t.job().equals(job)) {
                    continue;
                }
                Map<String, TestTrend.Night> byNight = new LinkedHashMap<>();
                t.nights().forEach(n -> byNight.put(n.night(), n));
                TestTrend.Night now = byNight.get(tonight);
                List<TestTrend.Night> earlier = before.stream().map(byNight::get).filter(n -> n != null).toList();
                if (now == null) {
                    if (byNight.containsKey(lastNight)) {
                        news.add(new News(News.Kind.MISSING, job, t.test(), "did not run tonight (ran on " + lastNight
                                + ")"));
                    }
                    continue;
                }
                if (earlier.isEmpty()) {
                    news.add(new News(News.Kind.NEW_TEST, job, t.test(), "first night: " + now.status()));
                    continue;
                }
                boolean lostPower = t.role() == JcstressDetail.Role.DEMONSTRATION
                        && !now.fired() && earlier.stream().allMatch(TestTrend.Night::fired);
                Set<Status> was = earlier.stream().map(TestTrend.Night::status)
                        .collect(Collectors.toCollection(TreeSet::new));
                // A demonstration that stopped firing changes verdict too; it is told once, as lost power.
                if (!was.contains(now.status()) && !lostPower) {
                    news.add(new News(News.Kind.VERDICT, job, t.test(), now.status() + " (last " + earlier.size()
                            + " night" + (earlier.size() == 1 ? "" : "s") + ": " + was.stream().map(Enum::name)
                            .collect(Collectors.joining(", ")) + ")"));
                }
                newOutcomes(now.forbidden(), earlier, true).forEach(o -> news.add(new News(News.Kind.OUTCOME, job,
                        t.test(), "forbidden [" + o + "] " + now.forbidden().get(o) + " times, not seen in the last "
                        + earlier.size() + " nights")));
                newOutcomes(now.interesting(), earlier, false).forEach(o -> news.add(new News(News.Kind.OUTCOME, job,
                        t.test(), "interesting [" + o + "] " + now.interesting().get(o) + " times, not seen in the "
                                + "last "
                        + earlier.size() + " nights")));
                if (lostPower) {
                    news.add(new News(News.Kind.LOST_POWER, job, t.test(), "did not fire tonight; fired on each of "
                            + "the last "
                            + earlier.size() + " nights"));
                }
            }
        }
        news.sort(Comparator.comparing(News::kind).thenComparing(News::test).thenComparing(News::job));
        return news;
    }

    private static List<String> newOutcomes(Map<String, Long> tonight, List<TestTrend.Night> earlier,
            boolean forbidden) {
        return tonight.entrySet().stream().filter(e -> e.getValue() > 0)
                .filter(e -> earlier.stream().allMatch(n -> (forbidden ? n.forbidden() : n.interesting())
                        .getOrDefault(e.getKey(), 0L) == 0))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
