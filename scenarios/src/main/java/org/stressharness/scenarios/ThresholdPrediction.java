package org.stressharness.scenarios;

/**
 * Predicts the elements that fit in another heap from one measured threshold. The structure's cost per
 * element is {@code (used at OOM − baseline) / elements}; the share of the heap a collector lets the
 * application fill before it gives up ({@code used at OOM / max}) is taken to stay the same, since G1's
 * reserve and region rounding scale with the heap; the baseline (JVM and probe) stays fixed.
 *
 * @param bytesPerElement live bytes per element at the OOM
 * @param usableShare     heap used at the OOM over the heap's max
 * @param baselineBytes   live heap before the workload
 */
public record ThresholdPrediction(double bytesPerElement, double usableShare, long baselineBytes) {

    public static ThresholdPrediction from(long elementsAtOom, long usedAtOom, long heapMax, long baselineBytes) {
        if (elementsAtOom <= 0 || heapMax <= 0) {
            throw new IllegalArgumentException("needs a measured threshold");
        }
        return new ThresholdPrediction((double) (usedAtOom - baselineBytes) / elementsAtOom,
                (double) usedAtOom / heapMax, baselineBytes);
    }

    public long elementsAt(long heapMax) {
        return Math.max(0, Math.round((usableShare * heapMax - baselineBytes) / bytesPerElement));
    }

    /** Signed error of the prediction against a measurement, in percent of the measurement. */
    public static double errorPct(long predicted, long measured) {
        return measured == 0 ? Double.NaN : 100.0 * (predicted - measured) / measured;
    }
}
