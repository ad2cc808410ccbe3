package org.stressharness.lincheck.catalog;

import org.jetbrains.lincheck.Lincheck;

/**
 * The planted bug for checks written with {@code Lincheck.runConcurrentTest}: two threads increment a plain field
 * once each and the test asserts both counted. Lincheck must find the interleaving that loses one; where it does
 * not (its instrumentation silently doing nothing on a JDK), a team's {@code runConcurrentTest} tests cannot be
 * graded, and the engine says so instead of passing them.
 */
public class PlantedConcurrentBug {

    /** A plain counter: read, add one, write back. */
    static final class Counter {
        private long count;

        void increment() {
            count++;
        }
    }

    public void lostIncrement() {
        Lincheck.runConcurrentTest(() -> {
            Counter counter = new Counter();
            Thread other = new Thread(counter::increment);
            other.start();
            counter.increment();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (counter.count != 2) {
                throw new AssertionError("counted " + counter.count + " of 2");
            }
        });
    }
}
