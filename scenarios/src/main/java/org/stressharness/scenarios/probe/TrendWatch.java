package org.stressharness.scenarios.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trend prediction: the heap used after each collection, fitted (least squares) over the last
 * {@link #WINDOW} collections against elements inserted, extrapolated to the heap's maximum. It warns when the
 * OOM is predicted within {@link #HORIZON} times the elements inserted so far: scale-free, so the same rule
 * holds at 32 MB and at 2 GB. A structure whose live data stops growing (a bounded cache) has a flat or
 * falling slope and raises nothing.
 */
public final class TrendWatch {

    public static final int WINDOW = 4;
    public static final double HORIZON = 0.25;

    /** What the trend says: elements and milliseconds left, from the last collection's figures. */
    public record Prediction(long elementsLeft, long msLeft, long usedAfterGc, double bytesPerElement) {
    }

    /** {elements, heap used after the collection, nanoTime}, oldest first. */
    private final List<long[]> points = new ArrayList<>();

    public synchronized void add(long elements, long usedAfterGc, long nanos) {
        points.add(new long[] {elements, usedAfterGc, nanos});
    }

    public synchronized int collections() {
        return points.size();
    }

    /** The prediction from the last {@link #WINDOW} collections; empty before there are that many, or when flat. */
    public synchronized Optional<Prediction> predict(long maxHeap) {
        if (points.size() < WINDOW) {
            return Optional.empty();
        }
        List<long[]> w = points.subList(points.size() - WINDOW, points.size());
        Optional<Double> fitted = LeastSquares.slope(w, p -> p[0], p -> p[1], WINDOW).filter(b -> b > 0);
        if (fitted.isEmpty()) {
            return Optional.empty();
        }
        double slope = fitted.get();
        long[] first = w.get(0);
        long[] last = w.get(WINDOW - 1);
        long left = (long) Math.max(0, (maxHeap - last[1]) / slope);
        double elementsPerNano = (double) (last[0] - first[0]) / Math.max(1, last[2] - first[2]);
        long msLeft = elementsPerNano > 0 ? (long) (left / elementsPerNano / 1_000_000) : -1;
        return Optional.of(new Prediction(left, msLeft, last[1], slope));
    }

    /** Whether the prediction says the OOM is near: within {@link #HORIZON} times the elements so far. */
    public static boolean near(Prediction p, long elementsSoFar) {
        return p.elementsLeft() <= HORIZON * elementsSoFar;
    }
}
