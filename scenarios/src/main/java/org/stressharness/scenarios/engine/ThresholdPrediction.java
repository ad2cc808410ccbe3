package org.stressharness.scenarios.engine;

/**
 * Predicts the elements that fit in another heap from one measured threshold: the extra heap, times the
 * share of the heap the application could fill before the OOM ({@code used at OOM / max}: what the collector
 * keeps for itself grows with the heap), less what the workload preallocates in proportion to the heap (a
 * table presized from the heap's size), divided by the marginal bytes per element (the slope of heap used
 * over elements inserted). Fixed costs (the JVM, the probe) drop out.
 *
 * @param elementsAtOom   the threshold measured at {@code heapMax}
 * @param heapMax         the heap it was measured in
 * @param usableShare     heap used at the OOM over the heap's max
 * @param bytesPerElement marginal heap bytes per element
 * @param heapScaledBytes bytes preallocated in proportion to the heap, at {@code heapMax}
 */
public record ThresholdPrediction(long elementsAtOom, long heapMax, double usableShare, double bytesPerElement,
                                  double heapScaledBytes) {

    /** The probe note in which a workload declares {@link #heapScaledBytes}. */
    public static final String HEAP_SCALED_BYTES = "heapScaledBytes";

    public ThresholdPrediction {
        if (elementsAtOom <= 0 || heapMax <= 0 || !(bytesPerElement > 0) || heapScaledBytes < 0) {
            throw new IllegalArgumentException("needs a measured threshold and a positive cost per element");
        }
    }

    public static ThresholdPrediction from(long elementsAtOom, long usedAtOom, long heapMax, double bytesPerElement,
                                           double heapScaledBytes) {
        return new ThresholdPrediction(elementsAtOom, heapMax, (double) usedAtOom / heapMax, bytesPerElement,
                heapScaledBytes);
    }

    public long elementsAt(long otherHeapMax) {
        double extraHeap = otherHeapMax - heapMax;
        double extraPreallocated = heapScaledBytes * extraHeap / heapMax;
        return Math.max(0, Math.round(elementsAtOom + (usableShare * extraHeap - extraPreallocated) / bytesPerElement));
    }

    /** Signed error of the prediction against a measurement, in percent of the measurement. */
    public static double errorPct(long predicted, long measured) {
        return measured == 0 ? Double.NaN : 100.0 * (predicted - measured) / measured;
    }
}
