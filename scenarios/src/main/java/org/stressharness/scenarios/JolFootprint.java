package org.stressharness.scenarios;

import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Optional;

/**
 * JOL's count of the bytes a structure holding {@link #ELEMENTS} elements reaches: an independent figure
 * for the bytes per element the scenarios measure from the heap. Computed in this JVM (same compressed
 * oops setting as the children, whose heaps are all under 32 GB).
 */
public final class JolFootprint {

    /**
     * Small enough for JOL's graph walk to take about a second, big enough to amortize the headers; one whole
     * {@link org.stressharness.scenarios.workload.IntPairBlocks} block.
     */
    public static final int ELEMENTS = org.stressharness.scenarios.workload.IntPairBlocks.BLOCK;

    private static boolean initialized;

    private JolFootprint() {
    }

    public static Optional<Double> bytesPerElement(Scenario scenario) {
        Optional<Object> specimen = scenario.jolSpecimen(ELEMENTS);
        if (specimen.isEmpty()) {
            return Optional.empty();
        }
        initQuietly();
        return Optional.of((double) GraphLayout.parseInstance(specimen.get()).totalSize() / ELEMENTS);
    }

    /** JOL prints a warning on stdout when it cannot attach an agent; keep it out of the progress lines. */
    private static synchronized void initQuietly() {
        if (initialized) {
            return;
        }
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream()));
            VM.current();
        } finally {
            System.setOut(out);
        }
        initialized = true;
    }
}
