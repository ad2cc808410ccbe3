package org.stressharness.scenarios.probe;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The least-squares slope of y over x across some points: bytes per element, from heap or RSS samples or from the
 * heap left after collections.
 */
public final class LeastSquares {

    private LeastSquares() {
    }

    /** The slope; empty for fewer than {@code minPoints} points or when every x is the same. */
    public static <T> Optional<Double> slope(List<T> points, ToDoubleFunction<T> x, ToDoubleFunction<T> y,
                                             int minPoints) {
        int n = points.size();
        if (n < Math.max(2, minPoints)) {
            return Optional.empty();
        }
        double mx = 0;
        double my = 0;
        for (T p : points) {
            mx += x.applyAsDouble(p);
            my += y.applyAsDouble(p);
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (T p : points) {
            double dx = x.applyAsDouble(p) - mx;
            sxy += dx * (y.applyAsDouble(p) - my);
            sxx += dx * dx;
        }
        return sxx == 0 ? Optional.empty() : Optional.of(sxy / sxx);
    }
}
