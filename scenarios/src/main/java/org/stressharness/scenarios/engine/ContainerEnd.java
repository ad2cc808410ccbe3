package org.stressharness.scenarios.engine;

import org.stressharness.results.model.Status;
import org.stressharness.scenarios.engine.ScenarioGrader.Verdict;
import org.stressharness.scenarios.probe.LeastSquares;
import org.stressharness.scenarios.probe.ProbeRecord;
import org.stressharness.scenarios.probe.ProcessMemory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a container scenario's child ended, read from its run and its probe file: killed by the RSS watchdog at
 * the simulated limit, or an {@code OutOfMemoryError} in some pool first; what the RSS alert (80% of the limit)
 * saw before; and the end predicted at a second limit from the resident bytes each element added.
 */
record ContainerEnd(ChildRun run, ChildMeasurement m, long limit, long elements, long endMs, long heapUsed,
                    long rss) {

    static ContainerEnd of(ChildRun run, ChildMeasurement m) {
        List<ProbeRecord> rssSamples = rssSamples(m);
        ProbeRecord last = rssSamples.isEmpty() ? null : rssSamples.get(rssSamples.size() - 1);
        long elements = m.oom().map(ProbeRecord::elements).orElse(last == null ? 0 : last.elements());
        long endMs = m.oom().map(ProbeRecord::elapsedMs).orElse(last == null ? 0 : last.elapsedMs());
        long heapUsed = m.oom().map(ProbeRecord::heapUsed).orElse(last == null ? 0 : last.heapUsed());
        long rss = run.killedByWatchdog() ? run.killedAtRssBytes()
                : last == null ? 0 : last.values().get(ProcessMemory.RSS).longValue();
        return new ContainerEnd(run, m, run.heap().bytes(), elements, endMs, heapUsed, rss);
    }

    private static List<ProbeRecord> rssSamples(ChildMeasurement m) {
        return m.samples().stream().filter(s -> s.values() != null && s.values().get(ProcessMemory.RSS) != null)
                .toList();
    }

    /** How it ended, in words; empty when it did not (timed out, or failed otherwise). */
    Optional<String> ending() {
        if (run.killedByWatchdog()) {
            return Optional.of(String.format("killed (SIGKILL, simulated limit %s) at RSS %s with the heap at %s of "
                    + "%s, "
                    + "after %,d elements", run.heap(), mib(rss), mib(heapUsed), mib(m.heapMax()), elements));
        }
        if (run.exitCode() == 0 && m.oom().isPresent()) {
            String what = m.oom().get().text() == null ? "OutOfMemoryError: Java heap space" : m.oom().get().text();
            return Optional.of(String.format("%s before the limit, at %,d elements, RSS %s of %s", what, elements,
                    mib(rss), run.heap()));
        }
        return Optional.empty();
    }

    Verdict verdict() {
        if (run.timedOut()) {
            return new Verdict(Status.ERROR, String.format("never reached the simulated limit %s: timed out after %d s "
                    + "at %,d elements, RSS %s", run.heap(), run.wallMs() / 1000, elements, mib(rss)));
        }
        Optional<String> ending = ending();
        if (ending.isEmpty()) {
            String why = m.errors().isEmpty() ? "no end recorded" : m.errors().get(0).lines().findFirst().orElse("");
            return new Verdict(Status.ERROR, "child exited with code " + run.exitCode() + " (" + why + ")");
        }
        Optional<ProbeRecord> alert = rssAlert().filter(a -> a.elements() < elements || a.elapsedMs() < endMs);
        if (alert.isEmpty()) {
            return new Verdict(Status.FAILED, ending.get() + "; no RSS alert came before it");
        }
        ProbeRecord a = alert.get();
        double alertRss = a.values().get(ProcessMemory.RSS);
        return new Verdict(Status.PASSED, String.format("%s; the RSS alert came %,d elements (%,d ms) before, at RSS "
                + "%s, "
                + "%s short of the limit", ending.get(), elements - a.elements(), endMs - a.elapsedMs(), mib(alertRss),
                mib(limit - alertRss)));
    }

    private Optional<ProbeRecord> rssAlert() {
        return m.alert().filter(a -> ProbeRecord.RSS_ALERT.equals(a.text()) && a.values() != null);
    }

    void metrics(Map<String, Double> metrics) {
        metrics.put("memoryLimitBytes", (double) limit);
        metrics.put("killed", run.killedByWatchdog() ? 1.0 : 0.0);
        metrics.put("elementsAtEnd", (double) elements);
        metrics.put("endAtMs", (double) endMs);
        metrics.put("heapUsedAtEndBytes", (double) heapUsed);
        if (run.killedByWatchdog()) {
            metrics.put("rssAtKillBytes", (double) rss);
        }
        rssPerElement().ifPresent(b -> metrics.put("rssBytesPerElement", b));
        rssAlert().ifPresent(a -> {
            double alertRss = a.values().get(ProcessMemory.RSS);
            metrics.put("rssAlertElements", (double) a.elements());
            metrics.put("rssAlertAtMs", (double) a.elapsedMs());
            metrics.put("rssAlertHeadroomBytes", limit - alertRss);
            metrics.put("rssAlertHeadroomElements", (double) (elements - a.elements()));
            metrics.put("rssAlertLeadMs", (double) (endMs - a.elapsedMs()));
        });
    }

    /**
     * Least-squares slope of the resident set over elements, across the later half of the samples that read it:
     * the first elements also pay for the JVM's warm-up (compiled code, the heap's first expansions), which the
     * elements past the limit do not.
     */
    Optional<Double> rssPerElement() {
        List<ProbeRecord> all = rssSamples(m);
        return LeastSquares.slope(all.subList(all.size() / 2, all.size()), ProbeRecord::elements,
                r -> r.values().get(ProcessMemory.RSS), 3);
    }

    /**
     * The end at the second limit, predicted as the elements at this one plus the extra limit over the resident
     * bytes per element, set beside the second child's measured end.
     */
    Verdict predict(ChildRun second, Map<String, Double> metrics) {
        metrics.put("predictionLimitBytes", (double) second.heap().bytes());
        Optional<Double> slope = rssPerElement().filter(b -> b > 0);
        if (slope.isEmpty()) {
            return new Verdict(Status.ERROR, "too few RSS samples to measure the resident bytes per element");
        }
        long predicted = Math.round(elements + (second.heap().bytes() - limit) / slope.get());
        metrics.put("predictedElementsAtEnd", (double) predicted);
        ContainerEnd other = of(second, ChildMeasurement.read(second.probeFile()));
        if (other.ending().isEmpty()) {
            return new Verdict(Status.ERROR, "prediction run at " + second.heap() + ": " + other.verdict().message());
        }
        double error = ThresholdPrediction.errorPct(predicted, other.elements());
        metrics.put("measuredElementsAtPredictionLimit", (double) other.elements());
        metrics.put("predictionErrorPct", error);
        String text = String.format("at a %s limit predicted %,d, measured %,d (%+.1f%%, %s)", second.heap(), predicted,
                other.elements(), error, other.run.killedByWatchdog() ? "killed" : "OutOfMemoryError");
        if (run.scenario().predictionGraded() && Math.abs(error) > ScenarioGrader.PREDICTION_TOLERANCE_PCT) {
            return new Verdict(Status.FAILED, String.format("prediction off by %+.1f%% (tolerance %.0f%%): ", error,
                    ScenarioGrader.PREDICTION_TOLERANCE_PCT) + text);
        }
        return new Verdict(Status.PASSED, text
                + (run.scenario().predictionGraded() ? "" : " (reported, not graded)"));
    }

    private static String mib(double bytes) {
        return String.format("%.1f MiB", bytes / (1024 * 1024));
    }
}
