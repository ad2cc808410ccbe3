package org.stressharness.report.history;

import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One test on one job (architecture and JDK), night after night, oldest first.
 */
public record TestTrend(String test, String job, Source source, JcstressDetail.Role role, List<Night> nights,
                        List<OutcomeTrend> outcomes) {

    /** The trend of these nights, each outcome's course worked out once (the page and the summary read it often). */
    public static TestTrend of(String test, String job, Source source, JcstressDetail.Role role, List<Night> nights) {
        return new TestTrend(test, job, source, role, nights, outcomesOf(nights));
    }

    /** The test's result on one night. */
    public record Night(String night, String runId, Status status, long samples, int forks,
                        Map<String, Long> interesting, Map<String, Long> forbidden) {

        boolean fired() {
            return interesting.values().stream().anyMatch(c -> c > 0);
        }
    }

    /**
     * An interesting or forbidden outcome across the nights.
     *
     * @param counts per night (aligned with {@link #nights}), its count
     * @param firstSeen the first night it was seen, null when never
     * @param lastSeen  the last night it was seen, null when never
     */
    public record OutcomeTrend(String outcome, boolean forbidden, List<Long> counts, String firstSeen,
                               String lastSeen) {
        public boolean seen() {
            return firstSeen != null;
        }
    }

    /**
     * Outcomes never seen on any night, and what stands behind that: all nights' samples and forks together.
     * Forks are the independent units; nights add forks, so a guard's bound tightens night after night.
     */
    public record NeverSeen(List<String> outcomes, boolean forbidden, int nights, long samples, int forks) {
    }

    public Status latest() {
        return nights.get(nights.size() - 1).status();
    }

    /** Nights on which any interesting outcome was seen. */
    public int firedNights() {
        return (int) nights.stream().filter(Night::fired).count();
    }

    /** A demonstration that fired on some nights and not on others: the nightly lost detection power. */
    public boolean flaky() {
        int fired = firedNights();
        return role == JcstressDetail.Role.DEMONSTRATION && fired > 0 && fired < nights.size();
    }

    /** The night it last fired, or null. */
    public String lastFired() {
        for (int i = nights.size() - 1; i >= 0; i--) {
            if (nights.get(i).fired()) {
                return nights.get(i).night();
            }
        }
        return null;
    }

    private static List<OutcomeTrend> outcomesOf(List<Night> nights) {
        Map<String, Boolean> grade = new LinkedHashMap<>();
        for (Night n : nights) {
            n.interesting().keySet().forEach(o -> grade.putIfAbsent(o, false));
            n.forbidden().keySet().forEach(o -> grade.put(o, true));
        }
        List<OutcomeTrend> trends = new ArrayList<>();
        for (String o : new TreeSet<>(grade.keySet())) {
            boolean forbidden = grade.get(o);
            List<Long> counts = new ArrayList<>(nights.size());
            String first = null;
            String last = null;
            for (Night n : nights) {
                long c = (forbidden ? n.forbidden() : n.interesting()).getOrDefault(o, 0L);
                counts.add(c);
                if (c > 0) {
                    first = first == null ? n.night() : first;
                    last = n.night();
                }
            }
            trends.add(new OutcomeTrend(o, forbidden, counts, first, last));
        }
        return List.copyOf(trends);
    }

    /**
     * The forbidden outcomes never seen (a guard's claim) and, separately, the interesting ones (a demonstration's).
     */
    public List<NeverSeen> neverSeen() {
        List<NeverSeen> never = new ArrayList<>();
        long samples = nights.stream().mapToLong(Night::samples).sum();
        int forks = nights.stream().mapToInt(Night::forks).sum();
        for (boolean forbidden : new boolean[] {true, false}) {
            List<String> outcomes = outcomes().stream().filter(o -> o.forbidden() == forbidden && !o.seen())
                    .map(OutcomeTrend::outcome).toList();
            if (!outcomes.isEmpty() && samples > 0) {
                never.add(new NeverSeen(outcomes, forbidden, nights.size(), samples, forks));
            }
        }
        return never;
    }
}
