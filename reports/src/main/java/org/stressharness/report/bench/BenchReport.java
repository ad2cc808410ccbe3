package org.stressharness.report.bench;

import org.stressharness.results.model.Host;

import java.util.List;

/**
 * What {@code harness bench} measured on one machine: the cost of each profile, how reliably and how fast the
 * demonstrations find their races, Lincheck's throughput, the scenarios' cost, and the renderer's cost.
 * Written as {@code bench.json}; {@link BenchMarkdown} renders the table.
 */
public record BenchReport(String id, String startedAt, String finishedAt, Host host, List<String> command,
                          List<SuiteCost> cost, List<Detection> detection, List<GuardBound> guards,
                          List<LincheckThroughput> lincheck, List<ScenarioCost> scenarios,
                          List<RenderCost> rendering, List<JmhResult> jmh, List<HistoryCost> history) {

    /** A bench without the history part. */
    public BenchReport(String id, String startedAt, String finishedAt, Host host, List<String> command,
                       List<SuiteCost> cost, List<Detection> detection, List<GuardBound> guards,
                       List<LincheckThroughput> lincheck, List<ScenarioCost> scenarios,
                       List<RenderCost> rendering, List<JmhResult> jmh) {
        this(id, startedAt, finishedAt, host, command, cost, detection, guards, lincheck, scenarios, rendering, jmh,
                List.of());
    }

    /**
     * Reading and rendering a synthetic history ({@code harness history} on a directory of digests).
     *
     * @param firstMillis the first, cold pass in a fresh JVM (what a CI step pays), reading to writing both files
     * @param bestMillis  the best of the warm passes after it
     */
    public record HistoryCost(int nights, int jobs, int tests, long digestBytes, double firstMillis,
                              double bestMillis, long htmlBytes, long markdownBytes) {
    }


    /**
     * One whole run of a profile.
     *
     * @param cpus                   CPUs the run was allowed to use
     * @param cpuSeconds             user + system time of the run and every JVM it started; NaN where unknown
     * @param suiteSeconds           wall time per suite (jcstress, lincheck, scenarios), from the results' durations
     * @param jcstressConfigurations distinct JVM configurations jcstress ran its tests in
     * @param jcstressTestRuns       (test, configuration) pairs run, each in its own forked JVM
     * @param runDir                 the run the figures come from, relative to the bench directory
     */
    public record SuiteCost(String profile, int cpus, double wallSeconds, double cpuSeconds, int tests,
                            java.util.Map<String, Double> suiteSeconds, int jcstressConfigurations,
                            long jcstressTestRuns, int exitCode, String runDir) {
    }

    /**
     * A demonstration's race: how often it shows, and what it takes to see it once.
     *
     * @param frequency          racy samples / samples in the profile's run
     * @param repetitions        independent tries to see it from scratch
     * @param observedIn         tries that saw it within the time limit
     * @param secondsToFirst     per try, wall time until an attempt saw it (whole attempts: the granularity is one
     *                           jcstress run of the test at this profile)
     * @param samplesToFirst     per try, samples taken until then
     * @param attemptsToFirst    per try, attempts (whole runs of the test at this profile) until then: 1 means the
     *                           first run of the test saw it
     * @param exactConfiguration the configuration {@code harness reproduce} replays (where the profile's run saw the
     *                           race at its highest rate), or null when the run recorded none
     * @param exactObservedIn    tries in that configuration alone that saw it within the time limit
     * @param exactSecondsToFirst per such try, wall time until it was seen
     * @param profileRuns        whole runs of the profile (the selection of tests) made
     * @param firedInRuns        of those, the runs in which it showed its interesting outcome
     * @param samplesPerSecond   samples over the test's wall time in the profile's first run
     * @param firstInRunSeconds  per run that showed it and recorded when, the seconds from the test's start to the
     *                           end of the first fork that held an interesting outcome
     */
    public record Detection(String profile, String test, double frequency, long samples, int repetitions,
                            int observedIn, List<Double> secondsToFirst, List<Long> samplesToFirst,
                            List<Integer> attemptsToFirst, String exactConfiguration, int exactObservedIn,
                            List<Double> exactSecondsToFirst, int profileRuns, int firedInRuns,
                            double samplesPerSecond, List<Double> firstInRunSeconds) {

        /** A detection measured with whole-profile tries only. */
        public Detection(String profile, String test, double frequency, long samples, int repetitions,
                         int observedIn, List<Double> secondsToFirst, List<Long> samplesToFirst) {
            this(profile, test, frequency, samples, repetitions, observedIn, secondsToFirst, samplesToFirst,
                    List.of(), null, 0, List.of(), 1, frequency > 0 ? 1 : 0, Double.NaN, List.of());
        }
    }

    /**
     * A guard's forbidden outcomes never seen: the samples and forks behind that, and the 95% upper bound on the
     * share of forks (the independent units) that would show one in the same configurations.
     */
    public record GuardBound(String profile, String test, long samples, int forks, double upperBound95) {
    }

    /**
     * @param invocations  invocations Lincheck ran (iterations x invocations per iteration; fewer when it stopped at a
     * failure)
     * @param failed       whether Lincheck reported a failure (for negative controls: the time is time-to-detection)
     */
    public record LincheckThroughput(String profile, String test, String strategy, boolean expectFailure,
                                     boolean failed, double seconds, double invocations,
                                     double invocationsPerSecond) {
    }

    /**
     * @param secondsToOom                 the child's time from start to the OOM (or to its end, for a bounded map)
     * @param elementsAtOom                elements inserted when it struck
     * @param secondsUnmonitored           the same scenario with the alert and GC listeners off; NaN when not measured
     * @param elementsAtOomUnmonitored     ditto
     */
    public record ScenarioCost(String profile, String scenario, double secondsToOom, double elementsAtOom,
                               double secondsUnmonitored, double elementsAtOomUnmonitored) {
    }

    /**
     * One JMH benchmark of the report code (module {@code benchmarks}).
     *
     * @param results             results in the synthetic run it works on
     * @param allocatedBytesPerOp bytes allocated per operation ({@code -prof gc}); NaN when not measured
     */
    public record JmhResult(String benchmark, int results, double score, double error, String unit,
                            double allocatedBytesPerOp) {
    }

    /** Rendering every report file of a synthetic run with this many results. */
    public record RenderCost(int results, double renderMillis, double allocatedMegabytes, long htmlBytes,
                             long jsonBytes) {
    }
}
