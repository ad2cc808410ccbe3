package org.stressharness.scenarios.catalog;

/**
 * Suggests the next batch's capacity from the recent ones: mean + 2σ over a sliding window, so most batches
 * fit without growing while a rare large one still may.
 */
public final class AdaptiveCapacity {

    private final long[] window;
    private int count;
    private int next;

    public AdaptiveCapacity(int windowSize) {
        if (windowSize < 2) {
            throw new IllegalArgumentException("window must hold at least 2 batches: " + windowSize);
        }
        this.window = new long[windowSize];
    }

    public void record(long batchSize) {
        window[next] = batchSize;
        next = (next + 1) % window.length;
        count = Math.min(count + 1, window.length);
    }

    /** 0 until a batch has been seen: then the caller should fall back to its default. */
    public long suggest() {
        if (count == 0) {
            return 0;
        }
        double mean = 0;
        for (int i = 0; i < count; i++) {
            mean += window[i];
        }
        mean /= count;
        double var = 0;
        for (int i = 0; i < count; i++) {
            var += (window[i] - mean) * (window[i] - mean);
        }
        double sigma = count > 1 ? Math.sqrt(var / (count - 1)) : 0;
        return (long) Math.ceil(mean + 2 * sigma);
    }
}
