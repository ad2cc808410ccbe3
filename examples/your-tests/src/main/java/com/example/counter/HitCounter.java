package com.example.counter;

/** Counts hits from many threads: the team's interface, with a racy and a correct implementation. */
public interface HitCounter {

    /** Counts one hit. */
    void hit();

    /** The hits counted so far. */
    long hits();

    /** The first version: a plain field, read, add one, write back. Two threads can count one hit between them. */
    final class Plain implements HitCounter {
        private long hits;

        @Override
        public void hit() {
            hits++;
        }

        @Override
        public long hits() {
            return hits;
        }
    }

    /** The fixed version: one atomic add per hit. */
    final class Atomic implements HitCounter {
        private final java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public void hit() {
            hits.incrementAndGet();
        }

        @Override
        public long hits() {
            return hits.get();
        }
    }
}
