package org.stressharness.results.model;

/**
 * The keys of {@link ScenarioDetail#metrics()}. Producers emit exactly these names; any may be absent.
 * Units are in the names' suffixes (Bytes, Ms, Pct); counts have none. Documented in {@code results/SCHEMA.md}.
 */
public final class ScenarioMetrics {

    public static final String ELEMENTS_AT_OOM = "elementsAtOom";
    /** 1 when the scenario ran out of memory, 0 when it stopped before. */
    public static final String OOM = "oom";
    public static final String HEAP_USED_AT_OOM_BYTES = "heapUsedAtOomBytes";
    public static final String HEAP_COMMITTED_AT_OOM_BYTES = "heapCommittedAtOomBytes";
    public static final String HEAP_MAX_BYTES = "heapMaxBytes";
    public static final String BYTES_PER_ELEMENT = "bytesPerElement";
    public static final String GC_COUNT = "gcCount";
    public static final String GC_TIME_MS = "gcTimeMs";
    public static final String LONGEST_PAUSE_MS = "longestPauseMs";
    public static final String GROWTHS = "growths";
    public static final String BYTES_COPIED = "bytesCopied";
    public static final String PEAK_HEAP_BYTES = "peakHeapBytes";
    public static final String ALERT_ELEMENTS = "alertElements";
    public static final String ALERT_AT_MS = "alertAtMs";
    public static final String ALERT_HEADROOM_ELEMENTS = "alertHeadroomElements";
    public static final String OOM_AT_MS = "oomAtMs";
    public static final String PREDICTION_HEAP_BYTES = "predictionHeapBytes";
    public static final String PREDICTED_ELEMENTS_AT_OOM = "predictedElementsAtOom";
    public static final String MEASURED_ELEMENTS_AT_PREDICTION_HEAP = "measuredElementsAtPredictionHeap";
    public static final String PREDICTION_ERROR_PCT = "predictionErrorPct";
    public static final String JOL_BYTES_PER_ELEMENT = "jolBytesPerElement";

    private ScenarioMetrics() {
    }
}
