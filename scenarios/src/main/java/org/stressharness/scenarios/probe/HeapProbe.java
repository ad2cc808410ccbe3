package org.stressharness.scenarios.probe;

import org.HdrHistogram.Histogram;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
    private boolean collectionExceeded;
    /** Fed the heap used after every collection of the workload's. */
    private final TrendWatch trend = new TrendWatch();
    /** The trend's alarm confirmed by a full collection's live heap: only then is the trend's alert raised. */
    private boolean trendConfirmed;
    /** After an unconfirmed alarm, the next check waits until the elements grew by a quarter of the horizon. */
    private long nextTrendCheck;
    /**
     * The collection usage the trend's own full collection left, and whether the threshold was exceeded before it:
     * until a collection of the workload's changes it, the poll reads the state before, so that the collection
     * threshold is not credited with the probe's collection.
     */
    private long probeCollectionUsed = -1;
    private boolean exceededBeforeProbe;
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
    private long growths;
    private long bytesCopied;
    private long nextSample;
    private long sampleStep;

    private final boolean listeners;
    private final RecordingAtAlert recordingAtAlert = RecordingAtAlert.fromProperty();
    /** The memory limit the RSS alert watches, or 0 to watch the heap. */
    private long rssLimit;
    private boolean rssAlerted;
    /** The OutOfMemoryError's message when it is not the heap's ("Metaspace", "Direct buffer memory" ...). */
    private String oomMessage;

    /** Each insert's latency in ns, when asked for ({@link #recordInsertLatency}); else null. */
    private Histogram insertNanos;
    /** The slowest inserts so far, fastest first: {nanos, elements after it, 1 if it grew the structure}. */
    private final PriorityQueue<long[]> slowest = new PriorityQueue<>(Comparator.comparingLong(s -> s[0]));
    /** Set inside an insert by {@link #growth}, handled after it, so its writing is not timed as the insert. */
    private boolean growthPending;
    private long pendingCopied;
    private long pendingNewBytes;
    private long pendingUsed;
    private boolean growthWarned;
    private int growthRecords;
    private static final int SLOWEST_KEPT = 16;
    /** Growth records per child: one structure doubling from 16 to 2^30 grows 26 times; batches grow thousands. */
    private static final int GROWTH_RECORDS_KEPT = 100;

    /**
     * @param listeners false to leave the GC listener and the watermark alert off: the benchmarks price the
     *                  monitoring by running the same scenario without it
     */
    public HeapProbe(ProbeWriter out, double alertFraction, boolean listeners) {
        this.out = out;
        this.alert = new HeapAlert(alertFraction);
        this.listeners = listeners;
    }

    /**
     * Times every insert from now on (two clock reads each) into an HdrHistogram, and keeps the slowest and the
     * growths with their latency: where the spikes fall.
     */
    public HeapProbe recordInsertLatency() {
        insertNanos = new Histogram(60_000_000_000L, 2);
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
            gc.afterEachCollection(used -> trend.add(inserted.get(), used, System.nanoTime()));
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
                if (insertNanos != null) {
                    long from = System.nanoTime();
                    op.insert(i);
                    long took = System.nanoTime() - from;
                    i++;
                    insertNanos.recordValue(Math.min(took, insertNanos.getHighestTrackableValue()));
                    afterInsert(i, took);
                } else {
                    op.insert(i);
                    i++;
                    if (growthPending) {
                        afterInsert(i, -1);
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
            earlierWarnings(i, u);
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

    /**
     * The two warnings set beside the usage threshold, polled at the same samples: the collection usage threshold
     * (what a collection left), and the trend prediction from the heap left after each collection.
     */
    private void earlierWarnings(long i, MemoryUsage u) {
        boolean byProbe = probeCollectionUsed >= 0 && alert.collectionUsed() == probeCollectionUsed;
        if (!collectionExceeded && (byProbe ? exceededBeforeProbe : alert.collectionExceeded())) {
            collectionExceeded = true;
            out.write(new ProbeRecord(ProbeRecord.COLLECTION_EXCEEDED, i, elapsedMs(), u.getUsed(), u.getCommitted(),
                    u.getMax(), null, null, null));
        }
        if (!trendConfirmed && i >= nextTrendCheck) {
            trend.predict(maxHeap()).filter(p -> TrendWatch.near(p, i)).ifPresent(p -> confirmTrend(i, u, p));
        }
    }

    /**
     * The trend predicts the OOM near: the heap used after young collections also holds garbage that waits for the
     * old generation's collection (a bounded cache raises the trend that way), so a full collection measures the
     * live heap before the alert is raised, as an operator would with {@code jcmd GC.class_histogram}. Confirmed
     * when the live heap is over the alert fraction of the maximum, or when it too, per element, leaves less than
     * the horizon. Either way the trend's record is written: its text says which. The full collection's pause is
     * left out of the elapsed times, like the histogram's.
     */
    private void confirmTrend(long i, MemoryUsage u, TrendWatch.Prediction p) {
        long from = System.nanoTime();
        exceededBeforeProbe = alert.collectionExceeded();
        long live = liveBytes(null);
        probeCollectionUsed = alert.collectionUsed();
        pausedNanos += System.nanoTime() - from;
        double perElement = (double) Math.max(1, live - baselineBytes) / i;
        long liveLeft = (long) ((maxHeap() - live) / perElement);
        boolean confirmed = live >= alert.fraction() * maxHeap() || TrendWatch.near(
                new TrendWatch.Prediction(liveLeft, -1, live, perElement), i);
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("predictedElementsLeft", (double) p.elementsLeft());
        v.put("predictedMsLeft", (double) p.msLeft());
        v.put("usedAfterGcBytes", (double) p.usedAfterGc());
        v.put("bytesPerElement", p.bytesPerElement());
        v.put("liveBytes", (double) live);
        v.put("liveElementsLeft", (double) liveLeft);
        out.write(new ProbeRecord(ProbeRecord.TREND_ALERT, i, elapsedMs(), u.getUsed(), u.getCommitted(), u.getMax(),
                v, null, confirmed ? ProbeRecord.TREND_CONFIRMED : ProbeRecord.TREND_REFUTED));
        trendConfirmed = confirmed;
        nextTrendCheck = (long) (i * (1 + TrendWatch.HORIZON / 4));
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
        growths++;
        bytesCopied += copiedBytes;
        // Right after a growth both arrays are still on the heap: the moment of the peak.
        long used = memory.getHeapMemoryUsage().getUsed();
        peakBytes = Math.max(peakBytes, used);
        growthPending = true;
        pendingCopied = copiedBytes;
        pendingNewBytes = newBytes;
        pendingUsed = used;
    }

    /**
     * A watched structure starts with a backing array of {@code bytes} (presized): if its first growth, taken to
     * double it, would not fit (see {@link #warnIfNextGrowthWontFit}), the growth warning is due before the first
     * insert.
     */
    public void allocated(long bytes) {
        long used = memory.getHeapMemoryUsage().getUsed();
        warnIfNextGrowthWontFit(0, bytes, 2 * bytes, used);
    }

    /**
     * Warns when the next growth asks for more than half the heap left free. Half, because a big array needs its
     * regions together (G1 places it in contiguous free regions) and the free heap is broken up by what survives:
     * at 128 MB a fastutil map's growth to a 64 MB table failed with 72 MB free (used, garbage included, taken
     * from the maximum).
     */
    private void warnIfNextGrowthWontFit(long elements, long arrayBytes, long nextBytes, long used) {
        long free = maxHeap() - used;
        if (!growthWarned && nextBytes > free / 2) {
            growthWarned = true;
            out.write(new ProbeRecord(ProbeRecord.GROWTH_WARNING, elements, elapsedMs(), used, 0, maxHeap(),
                    Map.of("nextGrowthBytes", (double) nextBytes, "freeBytes", (double) free,
                            "arrayBytes", (double) arrayBytes), null, null));
        }
    }

    /** The growth's records and the slowest inserts, after the insert (took: its ns, or -1 when not timed). */
    private void afterInsert(long elements, long took) {
        boolean grew = growthPending;
        if (took >= 0 && (slowest.size() < SLOWEST_KEPT || took > slowest.peek()[0])) {
            slowest.add(new long[] {took, elements, grew ? 1 : 0});
            if (slowest.size() > SLOWEST_KEPT) {
                slowest.poll();
            }
        }
        if (!grew) {
            return;
        }
        growthPending = false;
        if (took >= 0 && growthRecords < GROWTH_RECORDS_KEPT) {
            growthRecords++;
            Map<String, Double> v = new LinkedHashMap<>();
            v.put("copiedBytes", (double) pendingCopied);
            v.put("newBytes", (double) pendingNewBytes);
            v.put("insertNanos", (double) took);
            out.write(new ProbeRecord(ProbeRecord.GROWTH, elements, elapsedMs(), pendingUsed, 0, maxHeap(), v, null,
                    null));
        }
        // The next growth asks for the new array grown by the same factor, at once, while the new array is live.
        if (pendingCopied > 0 && pendingNewBytes > 0) {
            warnIfNextGrowthWontFit(elements, pendingNewBytes,
                    (long) ((double) pendingNewBytes * pendingNewBytes / pendingCopied), pendingUsed);
        }
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
        if (insertNanos != null && insertNanos.getTotalCount() > 0) {
            values.put("insertCount", (double) insertNanos.getTotalCount());
            values.put("insertP50Ns", (double) insertNanos.getValueAtPercentile(50));
            values.put("insertP99Ns", (double) insertNanos.getValueAtPercentile(99));
            values.put("insertP999Ns", (double) insertNanos.getValueAtPercentile(99.9));
            values.put("insertMaxNs", (double) insertNanos.getMaxValue());
            slowest.stream().sorted(Comparator.comparingLong(s -> s[1])).forEach(s -> out.write(new ProbeRecord(
                    ProbeRecord.SLOW_INSERT, s[1], 0, 0, 0, 0,
                    Map.of("insertNanos", (double) s[0], "growth", (double) s[2]), null, null)));
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
        v.put("growths", (double) growths);
        v.put("bytesCopied", (double) bytesCopied);
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
