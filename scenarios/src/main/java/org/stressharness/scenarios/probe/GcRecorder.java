package org.stressharness.scenarios.probe;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.HdrHistogram.Histogram;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Sums the collections the workload caused, from GC notifications. Collections the probe itself asks for
 * (the class histogram, live-size measurements) are left out, and so are concurrent cycles (ZGC's "Cycles"
 * beans), whose duration is not a pause.
 */
public final class GcRecorder implements NotificationListener {

    private static final Set<String> PROBE_CAUSES = Set.of("Heap Inspection Initiated GC", "System.gc()");

    private long count;
    private long totalMs;
    private long longestMs;
    /** Each collection's duration; the notification reports whole milliseconds. */
    private final Histogram pausesMs = new Histogram(3_600_000L, 2);

    private final CountDownLatch firstSeen = new CountDownLatch(1);
    /** Gets the heap used after each of the workload's collections; none until set. */
    private volatile LongConsumer afterCollection = used -> { };
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    /** Hands the heap used after each of the workload's collections (all heap pools) to {@code consumer}. */
    public void afterEachCollection(LongConsumer consumer) {
        this.afterCollection = consumer;
    }

    /**
     * Listens to every collector, then collects once and waits for that notification: the first one loads
     * and runs a lot of cold code, and would otherwise arrive late, after the workload has begun.
     */
    public void install() throws InterruptedException {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
            }
        }
        System.gc();
        firstSeen.await(5, TimeUnit.SECONDS);
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        firstSeen.countDown();
        if (PROBE_CAUSES.contains(info.getGcCause()) || info.getGcName().contains("Cycles")) {
            return;
        }
        long ms = info.getGcInfo().getDuration();
        synchronized (this) {
            count++;
            totalMs += ms;
            longestMs = Math.max(longestMs, ms);
            pausesMs.recordValue(Math.min(ms, pausesMs.getHighestTrackableValue()));
        }
        long after = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                after += e.getValue().getUsed();
            }
        }
        afterCollection.accept(after);
    }

    public synchronized long count() {
        return count;
    }

    public synchronized long totalMs() {
        return totalMs;
    }

    public synchronized long longestMs() {
        return longestMs;
    }

    /** The distribution of the workload's collections so far (a copy). */
    public synchronized Histogram pauses() {
        return pausesMs.copy();
    }
}
