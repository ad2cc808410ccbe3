package org.stressharness.scenarios.probe;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The watermark alert an operator would set: a usage threshold at a fraction of each long-lived heap pool
 * (G1/Parallel old gen, Serial tenured, ZGC's heap), with a listener on the memory MXBean. Pools that only
 * support a collection-usage threshold (usage after GC) get that instead.
 */
public final class HeapAlert {

    private final double fraction;
    private final List<String> armedPools = new ArrayList<>();
    /** Pools without a usage threshold, whose collection-usage notification is the alert. */
    private final java.util.Set<String> collectionOnly = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public HeapAlert(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("alert fraction must lie in (0, 1): " + fraction);
        }
        this.fraction = fraction;
    }

    /**
     * Arms the thresholds; {@code onAlert} gets the first notification's pool name (later ones are ignored).
     * First it fires one throw-away notification at a 1-byte threshold, so that the notification path is
     * loaded and compiled before it matters, as it is in a service that has run for a while.
     */
    public void arm(Consumer<String> onAlert) throws InterruptedException {
        FirstOnly listener = new FirstOnly(onAlert, collectionOnly);
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener(listener, null, null);
        setThresholds(1);
        System.gc();
        listener.warmedUp.await(5, TimeUnit.SECONDS);
        setThresholds(fraction);
        listener.live = true;
    }

    private void setThresholds(double share) {
        armedPools.clear();
        collectionOnly.clear();
        long heapMax = Runtime.getRuntime().maxMemory();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP || isYoung(pool.getName())) {
                continue;
            }
            long max = pool.getUsage().getMax() > 0 ? pool.getUsage().getMax() : heapMax;
            long threshold = share == 1 ? 1 : (long) (max * share);
            if (pool.isCollectionUsageThresholdSupported()) {
                // Polled beside the usage threshold (collectionExceeded): what is left after a collection.
                pool.setCollectionUsageThreshold(threshold);
            }
            if (pool.isUsageThresholdSupported()) {
                pool.setUsageThreshold(threshold);
                armedPools.add(pool.getName());
            } else if (pool.isCollectionUsageThresholdSupported()) {
                armedPools.add(pool.getName() + " (after GC)");
                collectionOnly.add(pool.getName());
            }
        }
    }

    /**
     * Whether a pool's usage after its last collection is over the threshold: the collection usage threshold,
     * polled. On G1 the old generation's figure moves only with the collections that include it (mixed and
     * full), so it speaks late.
     */
    public boolean collectionExceeded() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && !isYoung(pool.getName())
                    && pool.isCollectionUsageThresholdSupported()
                    && pool.getCollectionUsageThreshold() > 0 && pool.isCollectionUsageThresholdExceeded()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a pool is over its threshold now, as a poller would see it: tells apart a late notification
     * from a threshold that was never reached.
     */
    public boolean exceeded() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP || isYoung(pool.getName())) {
                continue;
            }
            if (pool.isUsageThresholdSupported() ? pool.getUsageThreshold() > 0 && pool.isUsageThresholdExceeded()
                    : pool.isCollectionUsageThresholdSupported() && pool.getCollectionUsageThreshold() > 0
                    && pool.isCollectionUsageThresholdExceeded()) {
                return true;
            }
        }
        return false;
    }

    /** The long-lived pools' usage after their last collection, summed: changes when one of them is collected. */
    public long collectionUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && !isYoung(pool.getName()) && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    public double fraction() {
        return fraction;
    }

    /** The pools a threshold was set on; empty when the collector offers none. */
    public List<String> armedPools() {
        return List.copyOf(armedPools);
    }

    private static boolean isYoung(String pool) {
        return pool.contains("Eden") || pool.contains("Survivor") || pool.contains("Young");
    }

    private static final class FirstOnly implements javax.management.NotificationListener {
        private final Consumer<String> onAlert;
        private final java.util.Set<String> collectionOnly;
        private final CountDownLatch warmedUp = new CountDownLatch(1);
        private volatile boolean live;
        private boolean fired;

        FirstOnly(Consumer<String> onAlert, java.util.Set<String> collectionOnly) {
            this.onAlert = onAlert;
            this.collectionOnly = collectionOnly;
        }

        @Override
        public synchronized void handleNotification(Notification n, Object handback) {
            String type = n.getType();
            if (!live) {
                warmedUp.countDown();
                return;
            }
            if (fired || !(MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(type)
                    || MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(type))) {
                return;
            }
            MemoryNotificationInfo info = MemoryNotificationInfo.from(
                    (javax.management.openmbean.CompositeData) n.getUserData());
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(type)
                    && !collectionOnly.contains(info.getPoolName())) {
                return; // the collection threshold of a pool with a usage threshold is polled, not the alert
            }
            fired = true;
            onAlert.accept(info.getPoolName());
        }
    }
}
