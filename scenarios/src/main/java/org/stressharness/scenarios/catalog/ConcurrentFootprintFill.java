package org.stressharness.scenarios.catalog;

import org.stressharness.scenarios.engine.Workload;
import org.stressharness.scenarios.engine.Scenario;
import org.stressharness.scenarios.probe.BackingArrayWatch;
import org.stressharness.scenarios.probe.HeapProbe;

import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The same number of keys in a {@link ConcurrentHashMap} or a {@link LockedHashMap}, to price the concurrent
 * map's footprint per entry (live bytes after a full collection).
 *
 * @param concurrent a ConcurrentHashMap, else the lock-guarded HashMap
 */
public record ConcurrentFootprintFill(boolean concurrent) implements Workload {

    public static final Scenario CONCURRENT = Scenario.of(ConcurrentFootprintFill.class, "concurrenthashmap",
                    Scenario.Kind.FIXED, Scenario.Prediction.NONE,
                    "ConcurrentHashMap<Integer,Integer> with heap/160 keys: live bytes per entry",
                    map -> new ConcurrentFootprintFill(true))
            .withJolSpecimen(n -> Workload.filled(new ConcurrentHashMap<>(), n));
    public static final Scenario LOCKED = Scenario.of(ConcurrentFootprintFill.class, "hashmap-rwlock",
                    Scenario.Kind.FIXED, Scenario.Prediction.NONE,
                    "HashMap + ReentrantReadWriteLock with the same heap/160 keys: live bytes per entry",
                    map -> new ConcurrentFootprintFill(false))
            .withJolSpecimen(n -> {
                LockedHashMap<Integer, Integer> locked = new LockedHashMap<>();
                for (int i = 0; i < n; i++) {
                    locked.put(i, i);
                }
                return locked;
            });

    /** Keys: about 40% of the heap live for a boxed map. */
    public static long keysFor(long maxHeap) {
        return maxHeap / 160;
    }

    @Override
    public void run(HeapProbe probe) {
        long n = keysFor(probe.maxHeap());
        probe.note("targetElements", n);
        if (concurrent) {
            ConcurrentHashMap<Integer, Integer> map = new ConcurrentHashMap<>();
            BackingArrayWatch table = new BackingArrayWatch(probe, ConcurrentHashMap.class, "table").watch(map);
            probe.fillTo(n, i -> {
                map.put((int) i, (int) i);
                table.check();
            });
            probe.noteLiveBytes("liveBytes", map);
        } else {
            LockedHashMap<Integer, Integer> map = new LockedHashMap<>();
            BackingArrayWatch table = new BackingArrayWatch(probe, HashMap.class, "table").watch(map.unguarded());
            probe.fillTo(n, i -> {
                map.put((int) i, (int) i);
                table.check();
            });
            probe.noteLiveBytes("liveBytes", map);
        }
    }
}
