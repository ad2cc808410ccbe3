package org.stressharness.jcstress.maps;

/**
 * Runs rounds of two operations at the same moment: one on the calling thread, one on a helper thread.
 *
 * <p>Used by the tree-bin tests, which run in jcstress's Termination mode: a corrupted tree bin can send
 * either thread into an endless loop, and only the actor thread is watched by jcstress. Waiting for the helper
 * without a bound turns a helper stuck in a loop into a stuck actor, which jcstress records as STALE before
 * ending the fork, so the suite never hangs. The helper is a daemon for the same reason. Several rounds per
 * jcstress sample make up for Termination mode's slow pace (a new thread per sample).
 */
final class TwoThreadRace {

    private TwoThreadRace() {
    }

    /**
     * For each round: {@code setup} on the calling thread, then {@code mine} and {@code theirs} at once, then,
     * when both are done, {@code check} on the calling thread. A failure of either side is rethrown.
     */
    static void run(int rounds, Runnable setup, Runnable mine, Runnable theirs, Runnable check) {
        Helper helper = new Helper(rounds, theirs);
        helper.setDaemon(true);
        helper.start();
        for (int round = 1; round <= rounds; round++) {
            setup.run();
            helper.go = round;
            mine.run();
            for (int spins = 0; helper.done < round; spins++) {
                pause(spins);
            }
            if (helper.failure != null) {
                throw helper.failure;
            }
            check.run();
        }
    }

    /**
     * Spins briefly, then yields: on a busy two-core machine a pure spin can hold the CPU that the other
     * thread (or a lock holder it waits for) needs, stretching a round from microseconds to a time slice.
     */
    private static void pause(int spins) {
        if (spins < 100) {
            Thread.onSpinWait();
        } else {
            Thread.yield();
        }
    }

    private static final class Helper extends Thread {
        private final int rounds;
        private final Runnable task;
        volatile int go;
        volatile int done;
        volatile RuntimeException failure;

        Helper(int rounds, Runnable task) {
            super("two-thread-race-helper");
            this.rounds = rounds;
            this.task = task;
        }

        @Override
        public void run() {
            for (int round = 1; round <= rounds; round++) {
                for (int spins = 0; go < round; spins++) {
                    pause(spins);
                }
                try {
                    task.run();
                } catch (RuntimeException e) {
                    failure = e;
                } catch (Error e) {
                    // Reported as a test error (ERROR outcome), not mistaken for a loop (STALE).
                    failure = new IllegalStateException(e);
                }
                done = round;
                if (failure != null) {
                    return;
                }
            }
        }
    }
}
