package org.stressharness.scenarios.probe;

import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * The two warnings set beside the usage threshold, polled at the workload's samples: the collection usage threshold
 * (what a collection left), and the trend prediction from the heap left after each collection, confirmed by a full
 * collection before it is raised.
 */
final class EarlyWarnings {

    private final ProbeWriter out;
    private final HeapAlert alert;
    private final LongSupplier elapsedMs;
    private final LongSupplier liveBytes;
    private final LongConsumer paused;
    private final long maxHeap;
    /** Fed the heap used after every collection of the workload's. */
    private final TrendWatch trend = new TrendWatch();

    private boolean collectionExceeded;
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

    /**
     * @param liveBytes the live heap after a full collection
     * @param paused    told the nanoseconds the trend's full collection took, left out of the elapsed times
     */
    EarlyWarnings(ProbeWriter out, HeapAlert alert, LongSupplier elapsedMs, LongSupplier liveBytes,
                  LongConsumer paused, long maxHeap) {
        this.out = out;
        this.alert = alert;
        this.elapsedMs = elapsedMs;
        this.liveBytes = liveBytes;
        this.paused = paused;
        this.maxHeap = maxHeap;
    }

    /** The heap left after one of the workload's collections, with the elements inserted by then. */
    void collected(long elements, long usedAfter, long nanos) {
        trend.add(elements, usedAfter, nanos);
    }

    /** Polled at a sample, with {@code i} elements in and the baseline live heap before the workload. */
    void poll(long i, MemoryUsage u, long baselineBytes) {
        boolean byProbe = probeCollectionUsed >= 0 && alert.collectionUsed() == probeCollectionUsed;
        if (!collectionExceeded && (byProbe ? exceededBeforeProbe : alert.collectionExceeded())) {
            collectionExceeded = true;
            out.write(new ProbeRecord(ProbeRecord.COLLECTION_EXCEEDED, i, elapsedMs.getAsLong(), u.getUsed(),
                    u.getCommitted(), u.getMax(), null, null, null));
        }
        if (!trendConfirmed && i >= nextTrendCheck) {
            trend.predict(maxHeap).filter(p -> TrendWatch.near(p, i))
                    .ifPresent(p -> confirmTrend(i, u, p, baselineBytes));
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
    private void confirmTrend(long i, MemoryUsage u, TrendWatch.Prediction p, long baselineBytes) {
        long from = System.nanoTime();
        exceededBeforeProbe = alert.collectionExceeded();
        long live = liveBytes.getAsLong();
        probeCollectionUsed = alert.collectionUsed();
        paused.accept(System.nanoTime() - from);
        double perElement = (double) Math.max(1, live - baselineBytes) / i;
        long liveLeft = (long) ((maxHeap - live) / perElement);
        boolean confirmed = live >= alert.fraction() * maxHeap || TrendWatch.near(
                new TrendWatch.Prediction(liveLeft, -1, live, perElement), i);
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("predictedElementsLeft", (double) p.elementsLeft());
        v.put("predictedMsLeft", (double) p.msLeft());
        v.put("usedAfterGcBytes", (double) p.usedAfterGc());
        v.put("bytesPerElement", p.bytesPerElement());
        v.put("liveBytes", (double) live);
        v.put("liveElementsLeft", (double) liveLeft);
        out.write(new ProbeRecord(ProbeRecord.TREND_ALERT, i, elapsedMs.getAsLong(), u.getUsed(), u.getCommitted(),
                u.getMax(), v, null, confirmed ? ProbeRecord.TREND_CONFIRMED : ProbeRecord.TREND_REFUTED));
        trendConfirmed = confirmed;
        nextTrendCheck = (long) (i * (1 + TrendWatch.HORIZON / 4));
    }
}
