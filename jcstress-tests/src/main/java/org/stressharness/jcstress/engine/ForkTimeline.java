package org.stressharness.jcstress.engine;

import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.collectors.TestResultCollector;

import java.util.ArrayList;
import java.util.List;

/**
 * One test's forks in the order they finished, each with the time since the test started. jcstress's result file
 * keeps the forks but not when they ended; this is what a first observation ({@link ResultConverter#firstObserved})
 * is measured on. The executor may hand in forks from several threads (on a machine with CPUs for more than one
 * fork at a time), hence one lock for the order and the time together.
 */
final class ForkTimeline implements TestResultCollector {

    /** A fork's results and how long after the test's start it finished. */
    record Finished(TestResult fork, long afterMs) {
    }

    private final long start = System.nanoTime();
    private final List<Finished> finished = new ArrayList<>();

    @Override
    public synchronized void add(TestResult result) {
        finished.add(new Finished(result, (System.nanoTime() - start) / 1_000_000));
    }

    /** The forks so far, in the order they finished. */
    synchronized List<TestResult> forks() {
        return finished.stream().map(Finished::fork).toList();
    }

    /** The forks so far with their times. */
    synchronized List<Finished> finished() {
        return List.copyOf(finished);
    }
}
