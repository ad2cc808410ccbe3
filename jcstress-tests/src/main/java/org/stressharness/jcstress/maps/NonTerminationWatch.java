package org.stressharness.jcstress.maps;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Bounds the time a map operation may take in a test where a corrupted structure can loop forever, so that
 * non-termination is an outcome rather than a hung fork. A test thread brackets each walk of the map with
 * {@link #enter}/{@link #exit} in its own slot; a daemon thread checks the slots every second and, when one has
 * been inside for {@value #LIMIT_SECONDS} s, prints {@link #MARKER} with that thread's stack and halts the JVM.
 *
 * <p>jcstress's own timeout covers only its measurement phase: its resource estimator and sanity checks run the
 * actors concurrently too, with no bound, and an actor or arbiter looping there hung a fork for over 10 minutes.
 * Halting ends the fork wherever it loops; the suite runner reads the marker from the fork's output and counts the
 * fork as the outcome {@link TreeBin#DID_NOT_TERMINATE}. Operations here take microseconds, so 20 s inside one is
 * a loop, not a slow machine.
 */
public final class NonTerminationWatch {

    /** The line a halted fork prints first. */
    public static final String MARKER = "stress-harness: a map operation did not terminate";

    static final int LIMIT_SECONDS = 20;
    private static final int SLOTS = 3;
    private static final AtomicLongArray SINCE = new AtomicLongArray(SLOTS);
    private static final AtomicReferenceArray<Thread> THREADS = new AtomicReferenceArray<>(SLOTS);

    static {
        Thread watcher = new Thread(NonTerminationWatch::watch, "stress-harness-non-termination-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private NonTerminationWatch() {
    }

    /** Marks {@code slot} (0 and 1: the actors, 2: the arbiter) as inside a map operation from now. */
    static void enter(int slot) {
        THREADS.lazySet(slot, Thread.currentThread());
        SINCE.set(slot, System.nanoTime());
    }

    static void exit(int slot) {
        SINCE.set(slot, 0);
    }

    private static void watch() {
        long limit = LIMIT_SECONDS * 1_000_000_000L;
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (int slot = 0; slot < SLOTS; slot++) {
                long since = SINCE.get(slot);
                if (since != 0 && now - since > limit) {
                    halt(slot, THREADS.get(slot));
                }
            }
        }
    }

    private static void halt(int slot, Thread stuck) {
        StringBuilder out = new StringBuilder(MARKER).append(" (slot ").append(slot).append(", over ")
                .append(LIMIT_SECONDS).append(" s)\n");
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
