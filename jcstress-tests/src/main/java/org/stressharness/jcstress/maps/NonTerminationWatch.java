package org.stressharness.jcstress.maps;

import org.stressharness.api.NonTermination;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Bounds the time a map operation may take in a test where a corrupted structure can loop forever, so that
 * non-termination is an outcome rather than a hung fork. A test thread brackets each walk of the map with
 * {@link #enter}/{@link #exit} in its own slot; a daemon thread checks the slots every {@value #POLL_MS} ms.
 *
 * <p>A thread inside one operation for {@value #BREAK_AFTER_MS} ms (operations here take microseconds) on a map
 * whose tree bins hold a cycle is looping: the watch clears the links that close the cycles
 * ({@link MapInsides#breakTreeCycles}), the thread leaves its loop, and {@link #exit} tells the test the
 * operation looped, so the sample is counted as such and the fork keeps its other samples. A slow operation on a
 * map without a cycle is not counted as looping, and time the whole process stood still is not counted at all.
 * If the thread is not free within {@value #HALT_AFTER_SECONDS} s (a loop elsewhere, or a map the watch cannot
 * see into), it prints {@link #MARKER} with the thread's stack and halts the JVM; the suite runner then counts
 * the fork as {@link TreeBin#DID_NOT_TERMINATE}. jcstress's own timeout cannot do this: it covers only its
 * measurement phase, not the resource estimator that runs the actors concurrently first (a loop there hung a fork
 * for over 10 minutes), and it ends the fork with its counts.
 */
public final class NonTerminationWatch {

    /** The line a halted fork prints first. */
    public static final String MARKER = NonTermination.MARKER;

    /*
     * Short, because only a cycle the watch can see is counted: a merely slow thread is never marked. Each loop
     * costs its fork this long (with the faster cycle walk, 223 loops in a nightly run of the demonstration:
     * 3.7 min at 1 s each).
     */
    static final long BREAK_AFTER_MS = 200;
    static final long POLL_MS = 20;
    static final int HALT_AFTER_SECONDS = 20;
    private static final int SLOTS = 3;
    private static final AtomicLongArray SINCE = new AtomicLongArray(SLOTS);
    private static final AtomicIntegerArray LOOPED = new AtomicIntegerArray(SLOTS);
    private static final AtomicReferenceArray<Thread> THREADS = new AtomicReferenceArray<>(SLOTS);
    private static final AtomicReferenceArray<Map<?, ?>> MAPS = new AtomicReferenceArray<>(SLOTS);

    static {
        Thread watcher = new Thread(NonTerminationWatch::watch, "stress-harness-non-termination-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private NonTerminationWatch() {
    }

    /** Marks {@code slot} (0 and 1: the actors, 2: the arbiter) as inside an operation on {@code map} from now. */
    static void enter(int slot, Map<?, ?> map) {
        THREADS.lazySet(slot, Thread.currentThread());
        MAPS.lazySet(slot, map);
        LOOPED.lazySet(slot, 0);
        SINCE.set(slot, System.nanoTime());
    }

    /** Ends the operation; true when it looped until the watch broke the cycle it was caught in. */
    static boolean exit(int slot) {
        SINCE.set(slot, 0);
        MAPS.lazySet(slot, null);
        return LOOPED.get(slot) != 0;
    }

    private static void watch() {
        long breakAfter = BREAK_AFTER_MS * 1_000_000L;
        long haltAfter = HALT_AFTER_SECONDS * 1_000_000_000L;
        long lastWake = System.nanoTime();
        while (true) {
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            long stall = stall(lastWake, now);
            lastWake = now;
            if (stall > 0) {
                forgive(SINCE, stall);
                continue;
            }
            for (int slot = 0; slot < SLOTS; slot++) {
                long since = SINCE.get(slot);
                if (since == 0 || now - since < breakAfter) {
                    continue;
                }
                if (now - since > haltAfter) {
                    halt(slot, THREADS.get(slot));
                }
                Map<?, ?> map = MAPS.get(slot);
                // Only a cycle the watch can see counts as looping: a thread that is merely slow (descheduled on a
                // busy machine) is left alone, so its sample keeps its real outcome.
                if (map != null && MapInsides.hasTreeCycle(map)) {
                    // Marked before the cycle is cleared: the freed thread may read the mark the moment it leaves.
                    LOOPED.set(slot, 1);
                    MapInsides.breakTreeCycles(map);
                }
            }
        }
    }

    /**
     * How long the watch itself did not run beyond its poll, where that is longer than an operation may take: the
     * whole process was stopped (a long GC pause, a suspended machine, SIGSTOP); 0 otherwise.
     */
    static long stall(long lastWake, long now) {
        long missed = now - lastWake - POLL_MS * 1_000_000L;
        return missed > BREAK_AFTER_MS * 1_000_000L ? missed : 0;
    }

    /**
     * Moves the start of each operation under way later by {@code stall}: the operations did not run while the
     * process stood still, and counting that time against them would halt a healthy guard as non-terminating.
     */
    static void forgive(AtomicLongArray since, long stall) {
        for (int slot = 0; slot < since.length(); slot++) {
            long start = since.get(slot);
            if (start != 0) {
                since.compareAndSet(slot, start, start + stall);
            }
        }
    }

    private static void halt(int slot, Thread stuck) {
        StringBuilder out = new StringBuilder(MARKER).append(" (slot ").append(slot).append(", over ")
                .append(HALT_AFTER_SECONDS).append(" s)\n");
        if (stuck != null) {
            for (StackTraceElement frame : stuck.getStackTrace()) {
                out.append("\tat ").append(frame).append('\n');
            }
        }
        System.out.print(out);
        System.out.flush();
        System.err.print(out);
        System.err.flush();
        Runtime.getRuntime().halt(3);
    }
}
