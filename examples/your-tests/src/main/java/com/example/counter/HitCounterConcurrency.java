package com.example.counter;

import org.jetbrains.lincheck.Lincheck;
import org.junit.jupiter.api.Test;

/**
 * The atomic counter under Lincheck's {@code runConcurrentTest}: ordinary code with threads, whose interleavings
 * Lincheck explores, each checked by the assertion at the end.
 */
public class HitCounterConcurrency {

    @Test
    public void twoThreadsCountTwoHits() {
        Lincheck.runConcurrentTest(() -> {
            HitCounter counter = new HitCounter.Atomic();
            Thread other = new Thread(counter::hit);
            other.start();
            counter.hit();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (counter.hits() != 2) {
                throw new AssertionError("counted " + counter.hits() + " of 2 hits");
            }
        });
    }
}
