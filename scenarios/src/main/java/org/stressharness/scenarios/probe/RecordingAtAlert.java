package org.stressharness.scenarios.probe;

import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;

import java.nio.file.Path;

/**
 * Dumps the child's flight recording at the alert, while the structure that fills the heap is still reachable:
 * the recording written at the exit comes after the workload dropped it (or never, after a SIGKILL), so its
 * old-object samples would not show it. Off unless the suite asked for a recording ({@link #PROPERTY}).
 */
public final class RecordingAtAlert {

    /** System property: where to dump the recording at the alert. */
    public static final String PROPERTY = "stressharness.jfrAtAlert";

    private final Path file;
    private boolean dumped;

    private RecordingAtAlert(Path file) {
        this.file = file;
    }

    public static RecordingAtAlert fromProperty() {
        String path = System.getProperty(PROPERTY);
        return new RecordingAtAlert(path == null ? null : Path.of(path));
    }

    /** Dumps once; a failure leaves no file, which the suite reports. */
    public void dump() {
        if (file == null || dumped) {
            return;
        }
        dumped = true;
        try {
            for (Recording r : FlightRecorder.getFlightRecorder().getRecordings()) {
                r.dump(file);
                return;
            }
        } catch (Exception | OutOfMemoryError e) {
            System.err.println("flight recording at the alert not dumped: " + e);
        }
    }
}
