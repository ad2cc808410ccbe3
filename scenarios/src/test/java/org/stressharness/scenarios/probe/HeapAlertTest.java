package org.stressharness.scenarios.probe;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HeapAlertTest {

    @Test
    void notifiesOnceTheLongLivedPoolCrossesTheWatermark() throws Exception {
        long max = Runtime.getRuntime().maxMemory();
        long oldUsed = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && !p.getName().matches(".*(Eden|Survivor|Young).*"))
                .mapToLong(p -> p.getUsage().getUsed()).max().orElse(0);
        // A watermark 64 MB above what the long-lived pool holds now; then retain 128 MB and collect.
        HeapAlert alert = new HeapAlert((double) (oldUsed + (64L << 20)) / max);
        AtomicReference<String> pool = new AtomicReference<>();
        alert.arm(pool::set);
        assertThat(alert.armedPools()).isNotEmpty();
        assertThat(pool.get()).as("the warm-up notification is not an alert").isNull();

        List<byte[]> retained = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            retained.add(new byte[1 << 20]);
        }
        System.gc();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pool.get()).isNotNull());
        assertThat(alert.armedPools()).anySatisfy(armed -> assertThat(armed).startsWith(pool.get()));
        assertThat(retained).hasSize(128);
        resetThresholds();
    }

    private static void resetThresholds() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.isUsageThresholdSupported()) {
                p.setUsageThreshold(0);
            }
            if (p.isCollectionUsageThresholdSupported()) {
                p.setCollectionUsageThreshold(0);
            }
        }
    }
}
