package org.stressharness.scenarios.probe;

import org.stressharness.results.model.ClassFootprint;

import java.util.List;
import java.util.Map;

/**
 * One line a scenario child writes to its probe file. Written as it happens, so a child killed by the OOM
 * (or anything else) leaves everything measured up to that point.
 *
 * @param type        {@link #START}, {@link #SAMPLE}, {@link #EXCEEDED}, {@link #ALERT}, {@link #HISTOGRAM}, {@link
 * #OOM}, {@link #DONE}
 *                    or {@link #ERROR}
 * @param elements    elements inserted so far
 * @param elapsedMs   since the workload started
 * @param heapUsed    heap used then (bytes)
 * @param heapCommitted heap committed then
 * @param heapMax     the heap's maximum
 * @param values      named figures (GC totals, growths, live bytes ...)
 * @param classes     the class histogram (histogram records only)
 * @param text        a note (errors, the alert's pool)
 */
public record ProbeRecord(String type, long elements, long elapsedMs, long heapUsed, long heapCommitted, long heapMax,
                          Map<String, Double> values, List<ClassFootprint> classes, String text) {

    public static final String START = "start";
    public static final String SAMPLE = "sample";
    public static final String ALERT = "alert";
    /** The first sample that found a pool over the alert's threshold (polled, not notified). */
    public static final String EXCEEDED = "exceeded";
    public static final String HISTOGRAM = "histogram";
    /** The first sample that found a pool's usage after its last collection over the threshold (polled). */
    public static final String COLLECTION_EXCEEDED = "collectionExceeded";
    /**
     * A sample at which the trend of the heap left after collections predicted the OOM near ({@link TrendWatch}),
     * and what a full collection then said: text {@link #TREND_CONFIRMED} (the alert) or {@link #TREND_REFUTED}
     * (a false alarm of the raw trend, checked again later). {@code values} {@code predictedElementsLeft},
     * {@code predictedMsLeft}, {@code usedAfterGcBytes}, {@code bytesPerElement}, {@code liveBytes},
     * {@code liveElementsLeft}.
     */
    public static final String TREND_ALERT = "trendAlert";
    public static final String TREND_CONFIRMED = "confirmed";
    public static final String TREND_REFUTED = "refuted";
    public static final String OOM = "oom";
    public static final String DONE = "done";
    public static final String ERROR = "error";
    /**
     * The process's memory ({@link ProcessMemory#snapshot}): text says when, {@link #AT_START}, {@link #AT_ALERT} or
     * {@link #AT_END}.
     */
    public static final String PROCESS = "process";
    public static final String AT_START = "start";
    public static final String AT_ALERT = "alert";
    public static final String AT_END = "end";
    /** An {@link #ALERT}'s text when it watched the resident set against a memory limit, not a heap pool. */
    public static final String RSS_ALERT = "RSS";
    /**
     * The first moment the next growth will not fit: after a growth, or at the start for a presized backing
     * array, the array grown by the same factor (doubled, at the start) is more than half what the heap has free.
     * {@code values}: {@code nextGrowthBytes}, {@code freeBytes}, {@code arrayBytes}.
     */
    public static final String GROWTH_WARNING = "growthWarning";
    /** One growth: {@code values} {@code copiedBytes}, {@code newBytes}, {@code insertNanos} (latency timed only). */
    public static final String GROWTH = "growth";
    /**
     * One of the slowest inserts: {@code values} {@code insertNanos}, {@code growth} (1 when it grew the structure).
     */
    public static final String SLOW_INSERT = "slowInsert";
}
