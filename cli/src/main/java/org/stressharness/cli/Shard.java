package org.stressharness.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of N deterministic slices of the suite, so several CI runners share a nightly run. Tests are grouped by topic
 * (the name up to its last dot: a jcstress topic's demonstration and its guards, a Lincheck check's modes), topics
 * sorted by name and dealt round-robin, so a guard runs in the shard where its demonstration broke, every shard
 * gets a mix of short and long topics, and the union of all shards is exactly the whole suite. A suite with fewer
 * topics than shards is dealt test by test.
 *
 * @param index 1-based
 * @param count number of shards
 */
record Shard(int index, int count) {

    static final Shard ALL = new Shard(1, 1);
    private static final Pattern FORM = Pattern.compile("(\\d+)/(\\d+)");

    static Shard parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid shard '" + text + "' (expected I/N, e.g. 2/4)");
        }
        int i = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        if (n < 1 || i < 1 || i > n) {
            throw new IllegalArgumentException("invalid shard '" + text + "': need 1 <= I <= N");
        }
        return new Shard(i, n);
    }

    /**
     * This shard's part of one suite's tests, in the suite's own order (the order it runs them in). Shares
     * are dealt from the sorted names, so they do not depend on the order a suite lists its tests in.
     */
    List<String> select(List<String> tests) {
        List<String> topics = tests.stream().map(Shard::topic).distinct().sorted().toList();
        Function<String, String> unit = topics.size() >= count ? Shard::topic : Function.identity();
        List<String> units = tests.stream().map(unit).distinct().sorted().toList();
        Set<String> mine = new HashSet<>();
        for (int k = 0; k < units.size(); k++) {
            if (k % count == index - 1) {
                mine.add(units.get(k));
            }
        }
        return tests.stream().distinct().filter(t -> mine.contains(unit.apply(t))).toList();
    }

    /** A test's topic: its name up to the last dot (the whole name where it has none). */
    static String topic(String test) {
        int dot = test.lastIndexOf('.');
        return dot < 0 ? test : test.substring(0, dot);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
