package org.stressharness.scenarios.probe;

import java.lang.management.MemoryMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The growths of a watched structure's backing array ({@link BackingArrayWatch}): how many, the bytes they copied,
 * a record of each with the latency of the insert that grew it, and the warning when the next growth will not fit.
 * A growth is noted inside the insert and written after it, so that its writing is not timed as the insert.
 */
final class GrowthWatch {

    /** Growth records per child: one structure doubling from 16 to 2^30 grows 26 times; batches grow thousands. */
    private static final int RECORDS_KEPT = 100;

    private final ProbeWriter out;
    private final MemoryMXBean memory;
    private final LongSupplier elapsedMs;
    private final long maxHeap;

    private long growths;
    private long bytesCopied;
    private boolean pending;
    private long pendingCopied;
    private long pendingNewBytes;
    private long pendingUsed;
    private boolean warned;
    private int records;

    GrowthWatch(ProbeWriter out, MemoryMXBean memory, LongSupplier elapsedMs, long maxHeap) {
        this.out = out;
        this.memory = memory;
        this.elapsedMs = elapsedMs;
        this.maxHeap = maxHeap;
    }

    /** Notes a growth inside the insert; returns the heap used right after it (both arrays live: the peak). */
    long grew(long copiedBytes, long newBytes) {
        growths++;
        bytesCopied += copiedBytes;
        long used = memory.getHeapMemoryUsage().getUsed();
        pending = true;
        pendingCopied = copiedBytes;
        pendingNewBytes = newBytes;
        pendingUsed = used;
        return used;
    }

    /** Whether the insert that just ran grew the structure. */
    boolean pending() {
        return pending;
    }

    /** A presized structure's first array: if doubling it would not fit, the warning is due before any insert. */
    void allocated(long bytes) {
        warnIfNextWontFit(0, bytes, 2 * bytes, memory.getHeapMemoryUsage().getUsed());
    }

    /** After the insert that grew the structure (took: its ns, or -1 when inserts are not timed). */
    void afterInsert(long elements, long took) {
        pending = false;
        if (took >= 0 && records < RECORDS_KEPT) {
            records++;
            Map<String, Double> v = new LinkedHashMap<>();
            v.put("copiedBytes", (double) pendingCopied);
            v.put("newBytes", (double) pendingNewBytes);
            v.put("insertNanos", (double) took);
            out.write(new ProbeRecord(ProbeRecord.GROWTH, elements, elapsedMs.getAsLong(), pendingUsed, 0, maxHeap, v,
                    null, null));
        }
        // The next growth asks for the new array grown by the same factor, at once, while the new array is live.
        if (pendingCopied > 0 && pendingNewBytes > 0) {
            warnIfNextWontFit(elements, pendingNewBytes,
                    (long) ((double) pendingNewBytes * pendingNewBytes / pendingCopied), pendingUsed);
        }
    }

    /** The running totals the samples and the final record carry. */
    void totals(Map<String, Double> values) {
        values.put("growths", (double) growths);
        values.put("bytesCopied", (double) bytesCopied);
    }

    /**
     * Warns when the next growth asks for more than half the heap left free. Half, because a big array needs its
     * regions together (G1 places it in contiguous free regions) and the free heap is broken up by what survives:
     * at 128 MB a fastutil map's growth to a 64 MB table failed with 72 MB free (used, garbage included, taken
     * from the maximum).
     */
    private void warnIfNextWontFit(long elements, long arrayBytes, long nextBytes, long used) {
        long free = maxHeap - used;
        if (!warned && nextBytes > free / 2) {
            warned = true;
            out.write(new ProbeRecord(ProbeRecord.GROWTH_WARNING, elements, elapsedMs.getAsLong(), used, 0, maxHeap,
                    Map.of("nextGrowthBytes", (double) nextBytes, "freeBytes", (double) free,
                            "arrayBytes", (double) arrayBytes), null, null));
        }
    }
}
