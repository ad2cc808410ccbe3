package org.stressharness.scenarios.probe;

import org.HdrHistogram.Histogram;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a workload's inserts and measures the way to the threshold: heap samples, the watermark alert (with
 * a class histogram), GC totals, backing-array growths, and the heap at the {@link OutOfMemoryError}.
 * Everything goes to the {@link ProbeWriter} as it happens.
 */
public final class HeapProbe {

    /** Inserts element number {@code i} (0-based) into the structure under test. */
    @FunctionalInterface
    public interface Insert {
        void insert(long i);
    }

    /** Samples per fill, roughly: enough for a chart, few enough to cost nothing. */
    private static final int SAMPLES = 200;
    private static final int HISTOGRAM_ROWS = 12;

    private final ProbeWriter out;
    private final HeapAlert alert;
    private final GcRecorder gc = new GcRecorder();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong inserted = new AtomicLong();
    private final Map<String, Double> notes = new LinkedHashMap<>();
    private final CountDownLatch histogramDone = new CountDownLatch(1);
    /** Counted down when the workload stops allocating for the alert's histogram (or has stopped for good). */
    private final CountDownLatch workloadParked = new CountDownLatch(1);
    private final GcBoundWatch gcBound = new GcBoundWatch();
    /** Why the fill stopped short of an OutOfMemoryError ({@link GcBoundWatch}), or null. */
    private String boundText;

    /** Released when the OOM strikes so that reading the heap finds room: see {@link #newReserve}. */
    private volatile byte[] reserve = newReserve();
    private long lastUsed;
    private long lastCommitted;
    private final long[] oomFigures = new long[5];
    private volatile boolean oom;
    private volatile boolean alerted;
    private boolean exceeded;
    private final EarlyWarnings warnings;
    private volatile boolean histogramPending;
    /**
     * Why the alert's histogram failed, written by {@link #finish}: the notification thread may have no room
     * for so much as the message's text.
     */
    private volatile Throwable histogramFailure;
    private volatile Throwable processAtAlertFailure;
    private long pausedNanos;

    private long startNanos;
    private long baselineBytes;
    private long peakBytes;
    private final GrowthWatch growth;
    private long nextSample;
    private long sampleStep;

    private final boolean listeners;
    private final RecordingAtAlert recordingAtAlert = RecordingAtAlert.fromProperty();
    /** The memory limit the RSS alert watches, or 0 to watch the heap. */
    private long rssLimit;
    private boolean rssAlerted;
    /** The OutOfMemoryError's message when it is not the heap's ("Metaspace", "Direct buffer memory" ...). */
    private String oomMessage;

    /** Each insert's latency, when asked for ({@link #recordInsertLatency}); else null. */
    private InsertLatency insertLatency;

    /**
     * @param listeners false to leave the GC listener and the watermark alert off: the benchmarks price the
     *                  monitoring by running the same scenario without it
     */
    public HeapProbe(ProbeWriter out, double alertFraction, boolean listeners) {
        this.out = out;
        this.alert = new HeapAlert(alertFraction);
        this.listeners = listeners;
        this.growth = new GrowthWatch(out, memory, this::elapsedMs, maxHeap());
        this.warnings = new EarlyWarnings(out, alert, this::elapsedMs, () -> liveBytes(null),
                nanos -> pausedNanos += nanos, maxHeap());
    }

    /**
     * Times every insert from now on (two clock reads each) into an HdrHistogram, and keeps the slowest and the
     * growths with their latency: where the spikes fall.
     */
    public HeapProbe recordInsertLatency() {
        insertLatency = new InsertLatency();
        return this;
    }

    /** The live heap before the workload (after {@link #start}). */
    public long baselineBytes() {
        return baselineBytes;
    }

    public long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /** Measures the baseline (live heap before the workload) and arms the GC listener and the alert. */
    public void start() throws Exception {
        out.write(new ProbeRecord(ProbeRecord.START, 0, 0, 0, 0, maxHeap(), null, null, null));
        if (listeners) {
            gc.afterEachCollection(used -> warnings.collected(inserted.get(), used, System.nanoTime()));
            gc.install();
            ClassHistogram.top(1); // loads the diagnostic command's code now rather than at the alert
            if (rssLimit == 0) {
                alert.arm(this::onAlert);
            }
        }
        baselineBytes = liveBytes(null);
        startNanos = System.nanoTime();
        gcBound.start();
        MemoryUsage u = memory.getHeapMemoryUsage();
        out.write(new ProbeRecord(ProbeRecord.START, 0, 0, baselineBytes, u.getCommitted(), u.getMax(),
                Map.of("baselineBytes", (double) baselineBytes), null, String.join(", ", alert.armedPools())));
        // Where the process's memory cannot be read (no procfs or ps, no NMT), the scenario fails here, saying why.
        out.write(new ProbeRecord(ProbeRecord.PROCESS, 0, 0, baselineBytes, u.getCommitted(), u.getMax(),
                ProcessMemory.snapshot(), null, ProbeRecord.AT_START));
    }

    /**
     * Inserts until the heap runs out. Returns normally after the OOM, with the heap's figures taken while the
     * structure was still reachable; the caller drops the structure by returning.
     */
    public void fillUntilOom(Insert op, double bytesPerElementGuess) {
        fill(Long.MAX_VALUE, op, (long) Math.max(256, maxHeap() / bytesPerElementGuess / SAMPLES));
    }

    /**
     * Inserts until the JVM throws an OutOfMemoryError (in any pool) or something outside ends the process
     * (the RSS watchdog), sampling after every element: for elements of a MB or a thread each.
     */
    public void fillSamplingEach(Insert op) {
        fill(Long.MAX_VALUE, op, 1);
    }

    /**
     * Watches the resident set against a memory limit instead of the heap against its maximum: the alert fires at
     * the alert fraction of {@code limitBytes}, polled at every sample. Call before {@link #start}.
     */
    public HeapProbe watchRss(long limitBytes) {
        this.rssLimit = limitBytes;
        return this;
    }

    /** Inserts {@code n} elements (an OOM on the way is recorded like in {@link #fillUntilOom}). */
    public void fillTo(long n, Insert op) {
        fill(n, op, Math.max(256, n / SAMPLES));
        if (!alerted && !oom) {
            histogramAtEnd();
        }
    }

    /** Without an alert there is no histogram yet: take it now, so the report still shows what fills the heap. */
    private void histogramAtEnd() {
        try {
            out.write(new ProbeRecord(ProbeRecord.HISTOGRAM, inserted.get(), elapsedMs(), 0, 0, 0, null,
                    ClassHistogram.top(HISTOGRAM_ROWS), "at the end"));
        } catch (Exception e) {
            out.write(new ProbeRecord(ProbeRecord.ERROR, inserted.get(), elapsedMs(), 0, 0, 0, null, null,
                    "class histogram failed: " + e));
        }
    }

    private void fill(long n, Insert op, long step) {
        sampleStep = step;
        nextSample = step;
        long i = 0;
        try {
            while (i < n) {
                if (insertLatency != null) {
                    long from = System.nanoTime();
                    op.insert(i);
                    long took = System.nanoTime() - from;
                    i++;
                    insertLatency.record(took, i, growth.pending());
                    if (growth.pending()) {
                        growth.afterInsert(i, took);
                    }
                } else {
                    op.insert(i);
                    i++;
                    if (growth.pending()) {
                        growth.afterInsert(i, -1);
                    }
                }
                inserted.lazySet(i);
                if (i >= nextSample) {
                    sample(i);
                }
                String bound = gcBound.bound();
                if (bound != null) {
                    boundText = bound; // out of memory in effect: recorded like the real thing
                    heapRanOut(i);
                    return;
                }
            }
            sample(i);
        } catch (OutOfMemoryError e) {
            reserve = null;
            if (!"Java heap space".equals(e.getMessage())) {
                oomMessage = "OutOfMemoryError: " + e.getMessage();
            }
            heapRanOut(i);
        } finally {
            Reference.reachabilityFence(op);
        }
    }

    /** Notes the figures at the end of the road while the structure is still reachable. */
    private void heapRanOut(long i) {
        oomFigures[0] = i;
        oomFigures[1] = (System.nanoTime() - startNanos - pausedNanos) / 1_000_000;
        oomFigures[4] = maxHeap();
        try {
            MemoryUsage u = memory.getHeapMemoryUsage();
            oomFigures[2] = u.getUsed();
            oomFigures[3] = u.getCommitted();
        } catch (OutOfMemoryError again) {
            // No room even for the reading: the last sample's figures are the best there are.
            oomFigures[2] = lastUsed;
            oomFigures[3] = lastCommitted;
        }
        oom = true;
        if (histogramPending) {
            // An alert just before the end: its histogram must still see the structure, so wait for it here,
            // before the caller can drop it (the reserve freed at the OOM gives it room).
            awaitHistogram();
        }
    }

    private void sample(long i) {
        nextSample = i + sampleStep;
        if (histogramPending) {
            awaitHistogram();
        }
        MemoryUsage u = memory.getHeapMemoryUsage();
        lastUsed = u.getUsed();
        lastCommitted = u.getCommitted();
        peakBytes = Math.max(peakBytes, lastUsed);
        if (!exceeded && alert.exceeded()) {
            exceeded = true;
            out.write(new ProbeRecord(ProbeRecord.EXCEEDED, i, elapsedMs(), u.getUsed(), u.getCommitted(),
                    u.getMax(), null, null, null));
        }
        if (listeners && rssLimit == 0) {
            warnings.poll(i, u, baselineBytes);
        }
        Map<String, Double> values = runningTotals();
        try {
            // Where there is no procfs (macOS) the samples go without it: the start, alert and end records have it.
            long rss = ProcessMemory.procfsRssBytes();
            if (rss >= 0) {
                values.put(ProcessMemory.RSS, (double) rss);
                if (rssLimit > 0 && !rssAlerted && rss >= alert.fraction() * rssLimit) {
                    rssAlerted = true;
                    rssAlert(i, u, rss);
                }
            }
        } catch (java.io.IOException e) {
            // Read at the start already, so a failure here is transient: the sample goes without it.
        }
        out.write(new ProbeRecord(ProbeRecord.SAMPLE, i, elapsedMs(), u.getUsed(), u.getCommitted(), u.getMax(),
                values, null, null));
    }

    /** The RSS alert, taken on the workload's thread: the heap is not what fills, so there is no histogram. */
    private void rssAlert(long i, MemoryUsage u, long rss) {
        recordingAtAlert.dump(); // a child killed at the limit leaves no recording at its exit: this one stays
        out.write(new ProbeRecord(ProbeRecord.ALERT, i, elapsedMs(), u.getUsed(), u.getCommitted(), u.getMax(),
                Map.of(ProcessMemory.RSS, (double) rss, "limitBytes", (double) rssLimit), null, ProbeRecord.RSS_ALERT));
        try {
            out.write(new ProbeRecord(ProbeRecord.PROCESS, i, elapsedMs(), u.getUsed(), u.getCommitted(), u.getMax(),
                    ProcessMemory.snapshot(), null, ProbeRecord.AT_ALERT));
        } catch (Exception e) {
            processAtAlertFailure = e;
        }
    }

    /**
     * The workload waits while the alert's histogram is taken, so the histogram shows the heap at the alert
     * rather than later; the wait is left out of the elapsed times.
     */
    private void awaitHistogram() {
        long from = System.nanoTime();
        workloadParked.countDown();
        try {
            histogramDone.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        histogramPending = false;
        pausedNanos += System.nanoTime() - from;
    }

    /**
     * A backing array was replaced by a bigger one; {@code copiedBytes} moved from the old into the new one of
     * {@code newBytes} (0 when unknown).
     */
    public void growth(long copiedBytes, long newBytes) {
        // Right after a growth both arrays are still on the heap: the moment of the peak.
        peakBytes = Math.max(peakBytes, growth.grew(copiedBytes, newBytes));
    }

    /**
     * A watched structure starts with a backing array of {@code bytes} (presized): if its first growth, taken to
     * double it, would not fit (see {@link GrowthWatch}), the growth warning is due before the first insert.
     */
    public void allocated(long bytes) {
        growth.allocated(bytes);
    }

    /** Live heap after a full collection, keeping {@code keepAlive} reachable through it. */
    public long liveBytes(Object keepAlive) {
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        Reference.reachabilityFence(keepAlive);
        return used;
    }

    /**
     * Notes the live heap (after a full collection) under {@code name}, keeping {@code keepAlive} reachable.
     * Skipped after an OOM: the heap has no room for it then, and the figure would mean nothing.
     */
    public void noteLiveBytes(String name, Object keepAlive) {
        if (!oom) {
            note(name, liveBytes(keepAlive));
        }
    }

    /** A workload's own figure, reported with the final record. */
    public void note(String name, double value) {
        notes.put(name, value);
    }

    public boolean oomHappened() {
        return oom;
    }

    /** Writes the OOM record (if it struck) and the final totals. Call after the structure is unreachable. */
    public void finish() throws Exception {
        gcBound.stop();
        if (oom) {
            out.write(new ProbeRecord(ProbeRecord.OOM, oomFigures[0], oomFigures[1], oomFigures[2], oomFigures[3],
                    oomFigures[4], null, null, boundText != null ? boundText : oomMessage));
        }
        workloadParked.countDown();
        if (alerted) {
            histogramDone.await(30, TimeUnit.SECONDS);
        }
        if (histogramFailure != null) {
            out.write(new ProbeRecord(ProbeRecord.ERROR, inserted.get(), elapsedMs(), 0, 0, 0, null, null,
                    "class histogram at the alert failed: " + histogramFailure));
        }
        Thread.sleep(100); // GC notifications arrive on their own thread, a little after the collection
        Map<String, Double> values = runningTotals();
        values.put("peakHeapBytes", (double) peakBytes);
        distributions(values);
        values.put("baselineBytes", (double) baselineBytes);
        values.putAll(notes);
        if (processAtAlertFailure != null) {
            out.write(new ProbeRecord(ProbeRecord.ERROR, inserted.get(), elapsedMs(), 0, 0, 0, null, null,
                    "process memory at the alert not read: " + processAtAlertFailure));
        }
        MemoryUsage u = memory.getHeapMemoryUsage();
        out.write(new ProbeRecord(ProbeRecord.PROCESS, inserted.get(), elapsedMs(), u.getUsed(), u.getCommitted(),
                u.getMax(), ProcessMemory.snapshot(), null, ProbeRecord.AT_END));
        out.write(new ProbeRecord(ProbeRecord.DONE, inserted.get(), elapsedMs(), u.getUsed(), u.getCommitted(),
                u.getMax(), values, null, null));
    }

    /** Insert latency (when timed) and GC pause percentiles, and the slowest inserts as records of their own. */
    private void distributions(Map<String, Double> values) {
        if (insertLatency != null) {
            insertLatency.report(values, out);
        }
        Histogram pauses = gc.pauses();
        if (pauses.getTotalCount() > 0) {
            values.put("gcPauseP50Ms", (double) pauses.getValueAtPercentile(50));
            values.put("gcPauseP99Ms", (double) pauses.getValueAtPercentile(99));
            values.put("gcPauseMaxMs", (double) pauses.getMaxValue());
        }
    }

    private Map<String, Double> runningTotals() {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("gcCount", (double) gc.count());
        v.put("gcTimeMs", (double) gc.totalMs());
        v.put("longestPauseMs", (double) gc.longestMs());
        growth.totals(v);
        return v;
    }

    private long elapsedMs() {
        return (System.nanoTime() - startNanos - pausedNanos) / 1_000_000;
    }

    /**
     * On the notification thread: note when and where, then take the histogram (it stops the world briefly).
     * A late notification (a loaded machine) can find the heap too full for the histogram's text: then the
     * OOM reserve lends its room for a second try, taken with the workload parked, and is taken back after
     * it, so the measurement at the OOM is unchanged.
     */
    private void onAlert(String pool) {
        long elements = inserted.get();
        long ms = elapsedMs();
        alerted = true;
        histogramPending = true;
        try {
            MemoryUsage u = memory.getHeapMemoryUsage();
            out.write(new ProbeRecord(ProbeRecord.ALERT, elements, ms, u.getUsed(), u.getCommitted(), u.getMax(),
                    null, null, pool));
            List<org.stressharness.results.model.ClassFootprint> top;
            try {
                top = ClassHistogram.top(HISTOGRAM_ROWS);
            } catch (OutOfMemoryError | IllegalStateException full) {
                top = histogramWithReserveLent();
            }
            out.write(new ProbeRecord(ProbeRecord.HISTOGRAM, elements, ms, 0, 0, 0, null, top, null));
            recordingAtAlert.dump(); // the workload still waits: the old-object samples see the structure
        } catch (Throwable t) {
            histogramFailure = t; // no allocation here: the heap may be full
        } finally {
            histogramDone.countDown();
        }
        try {
            MemoryUsage u = memory.getHeapMemoryUsage();
            out.write(new ProbeRecord(ProbeRecord.PROCESS, elements, ms, u.getUsed(), u.getCommitted(), u.getMax(),
                    ProcessMemory.snapshot(), null, ProbeRecord.AT_ALERT));
        } catch (Throwable t) {
            processAtAlertFailure = t; // reported by finish(): the heap may be too full for a message now
        }
    }

    /**
     * Retries the histogram once the workload is parked (at its next sample, or at its OOM), so that the room
     * of the reserve (already freed when the workload reached its OOM) goes to the histogram, not to more
     * inserts.
     */
    private List<org.stressharness.results.model.ClassFootprint> histogramWithReserveLent() throws Exception {
        workloadParked.await(30, TimeUnit.SECONDS);
        reserve = null;
        try {
            return ClassHistogram.top(HISTOGRAM_ROWS);
        } finally {
            if (!oom) {
                try {
                    reserve = newReserve();
                } catch (OutOfMemoryError none) {
                    // The OOM path then falls back on the last sample's figures.
                }
            }
        }
    }

    /**
     * Released when the OOM strikes, so that reading the heap's figures finds room. One G1 region (1 MB for
     * heaps up to 2 GB, less its header): G1 allocates new objects only into free regions. Part of the baseline.
     */
    private static byte[] newReserve() {
        return new byte[1024 * 1024 - 1024];
    }
}
