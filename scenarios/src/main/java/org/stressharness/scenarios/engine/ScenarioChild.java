package org.stressharness.scenarios.engine;

import org.stressharness.scenarios.probe.HeapProbe;
import org.stressharness.scenarios.probe.ProbeRecord;
import org.stressharness.scenarios.probe.ProbeWriter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * The JVM one scenario runs in: {@code ScenarioChild <scenario-id> <probe-file>}. Exits 0 when the scenario
 * ran to its end, an OutOfMemoryError included; 3 when the workload failed otherwise.
 */
public final class ScenarioChild {

    /** System property carrying the class the scenario's workload is given: the {@code --map} or {@code --workload}. */
    public static final String MAP_PROPERTY = "stressharness.map";
    /** System property carrying the alert's fraction of the pool maximum. */
    public static final String ALERT_PROPERTY = "stressharness.alert";
    public static final double DEFAULT_ALERT_FRACTION = 0.8;
    /** System property carrying the memory limit in bytes, for the container scenarios' RSS alert. */
    public static final String LIMIT_PROPERTY = "stressharness.limit";
    /** System property: "off" leaves the GC listener and the alert off (to measure what they cost). */
    public static final String LISTENERS_PROPERTY = "stressharness.listeners";

    private ScenarioChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ScenarioChild <declaring-class> <scenario-id> <probe-file>");
            System.exit(2);
        }
        // The class that declares the scenario, not a classpath scan: the child's own footprint is measured.
        Scenario scenario = Scenario.declaredBy(Class.forName(args[0]), args[1]);
        double fraction = Double.parseDouble(System.getProperty(ALERT_PROPERTY,
                String.valueOf(DEFAULT_ALERT_FRACTION)));
        try (ProbeWriter out = new ProbeWriter(Path.of(args[2]))) {
            HeapProbe probe = new HeapProbe(out, fraction, !"off".equals(System.getProperty(LISTENERS_PROPERTY)));
            if (scenario.insertLatency()) {
                probe.recordInsertLatency();
            }
            if (System.getProperty(LIMIT_PROPERTY) != null) {
                probe.watchRss(Long.parseLong(System.getProperty(LIMIT_PROPERTY)));
            }
            try {
                probe.start();
                scenario.workload(System.getProperty(MAP_PROPERTY)).run(probe);
                probe.finish();
            } catch (Exception | Error e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                out.write(new ProbeRecord(ProbeRecord.ERROR, 0, 0, 0, 0, 0, null, null, trace.toString()));
                System.err.println(trace);
                System.exit(3);
            }
        }
        System.exit(0);
    }
}
