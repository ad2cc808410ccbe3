package org.stressharness.scenarios;

/**
 * Predicts the elements that fit in another heap from one measured threshold: the extra heap, times the
 * share of the heap the application could fill before the OOM ({@code used at OOM / max}: what the collector
 * keeps for itself grows with the heap), divided by the marginal bytes per element (the slope of heap used
 * over elements inserted). Fixed costs (the JVM, the probe, a preallocated table) drop out.
 *
 * @param elementsAtOom   the threshold measured at {@code heapMax}
 * @param heapMax         the heap it was measured in
 * @param usableShare     heap used at the OOM over the heap's max
 * @param bytesPerElement marginal heap bytes per element
 */
public record ThresholdPrediction(long elementsAtOom, long heapMax, double usableShare, double bytesPerElement) {

    public ThresholdPrediction {
        if (elementsAtOom <= 0 || heapMax <= 0 || !(bytesPerElement > 0)) {
            throw new IllegalArgumentException("needs a measured threshold and a positive cost per element");
        }
    }

    public static ThresholdPrediction from(long elementsAtOom, long usedAtOom, long heapMax, double bytesPerElement) {
        return new ThresholdPrediction(elementsAtOom, heapMax, (double) usedAtOom / heapMax, bytesPerElement);
    }

    public long elementsAt(long otherHeapMax) {
        return Math.max(0, Math.round(elementsAtOom + usableShare * (otherHeapMax - heapMax) / bytesPerElement));
    }

    /** Signed error of the prediction against a measurement, in percent of the measurement. */
    public static double errorPct(long predicted, long measured) {
        return measured == 0 ? Double.NaN : 100.0 * (predicted - measured) / measured;
    }
}
