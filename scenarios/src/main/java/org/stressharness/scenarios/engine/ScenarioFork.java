package org.stressharness.scenarios.engine;

import org.stressharness.scenarios.probe.ProcessMemory;
import org.stressharness.scenarios.probe.RecordingAtAlert;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts one scenario child: the same java and classpath as this JVM, a fixed heap ({@code -Xms = -Xmx},
 * so the threshold does not depend on how the heap happened to grow), the chosen collector and optionally a
 * heap dump on OOM. Files go to {@code <dir>/<scenario>-<heap>.*}.
 */
public final class ScenarioFork {

    private final Path dir;
    private final Collector collector;
    private final boolean heapDump;
    private final Duration timeout;
    private final String mapClass;
    private final String classPath;
    private final boolean listeners;
    /** Whether each child records a flight recording into {@link #recordingFile}. */
    private boolean jfr;

    /**
     * @param classPath the child's classpath: the suite passes its own ({@link #ownClassPath()}); what loads
     *                  in the child counts in its baseline, so a lean one leaves more heap to the scenario
     */
    public ScenarioFork(Path dir, Collector collector, boolean heapDump, Duration timeout, String mapClass,
                        String classPath) {
        this(dir, collector, heapDump, timeout, mapClass, classPath, true);
    }

    /** @param listeners false to run the children without the GC listener and the watermark alert */
    public ScenarioFork(Path dir, Collector collector, boolean heapDump, Duration timeout, String mapClass,
                        String classPath, boolean listeners) {
        this.listeners = listeners;
        this.dir = dir;
        this.classPath = classPath;
        this.collector = collector;
        this.heapDump = heapDump;
        this.timeout = timeout;
        this.mapClass = mapClass;
    }

    /** Records every child with JDK Flight Recorder from now on. */
    public ScenarioFork withFlightRecording() {
        this.jfr = true;
        return this;
    }

    /** Where a child's flight recording goes (written at its exit; a child killed by SIGKILL leaves none). */
    public Path recordingFile(Scenario scenario, HeapSize heap) {
        return dir.resolve(baseName(scenario, heap) + ".jfr");
    }

    /** The recording dumped at the alert, while the structure is alive (old-object samples). */
    public Path recordingAtAlertFile(Scenario scenario, HeapSize heap) {
        return dir.resolve(baseName(scenario, heap) + "-at-alert.jfr");
    }

    /** The child's JVM arguments (what the report shows). */
    public List<String> jvmArgs(Scenario scenario, HeapSize heap) {
        List<String> args = new ArrayList<>();
        if (scenario.kind() == Scenario.Kind.CONTAINER) {
            // The limit the JVM sizes itself by, as it would read it from a container's cgroup: its heap is
            // MaxRAMPercentage (25%) of it, unless the scenario sets the heap to the limit on purpose.
            args.add("-XX:MaxRAM=" + heap.text());
            args.add("-D" + ScenarioChild.LIMIT_PROPERTY + "=" + heap.bytes());
        } else {
            args.addAll(List.of("-Xms" + heap.text(), "-Xmx" + heap.text()));
        }
        args.addAll(scenario.jvmArgs(heap));
        args.addAll(List.of(collector.flag(),
                // The probe reads the backing arrays of HashMap, ArrayList and ConcurrentHashMap.
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.base/java.util.concurrent=ALL-UNNAMED",
                // The probe reads the process's memory beyond the heap (ProcessMemory).
                "-XX:NativeMemoryTracking=summary"));
        if (heapDump) {
            args.add("-XX:+HeapDumpOnOutOfMemoryError");
            args.add("-XX:HeapDumpPath=" + dir.resolve(baseName(scenario, heap) + ".hprof").toAbsolutePath());
        }
        if (mapClass != null) {
            args.add("-D" + ScenarioChild.MAP_PROPERTY + "=" + mapClass);
        }
        if (jfr) {
            args.add(FlightRecordingSummary.startFlag(recordingFile(scenario, heap)));
            args.add("-D" + RecordingAtAlert.PROPERTY + "=" + recordingAtAlertFile(scenario, heap).toAbsolutePath());
        }
        if (!listeners) {
            args.add("-D" + ScenarioChild.LISTENERS_PROPERTY + "=off");
        }
        return args;
    }

    public Path probeFile(Scenario scenario, HeapSize heap) {
        return dir.resolve(baseName(scenario, heap) + ".probe.jsonl");
    }

    /** Starts the child; its earlier probe file (from a previous run in this directory) is removed first. */
    public Process start(Scenario scenario, HeapSize heap) throws IOException {
        Files.createDirectories(dir);
        Path probe = probeFile(scenario, heap);
        Files.deleteIfExists(probe);
        Files.deleteIfExists(recordingFile(scenario, heap));
        Files.deleteIfExists(recordingAtAlertFile(scenario, heap));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs(scenario, heap));
        command.add("-cp");
        command.add(classPathFor(scenario));
        command.add(ScenarioChild.class.getName());
        command.add(scenario.declaredIn().getName());
        command.add(scenario.id());
        command.add(probe.toAbsolutePath().toString());
        File output = dir.resolve(baseName(scenario, heap) + ".out.txt").toFile();
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output).start();
    }

    /** Runs the child to its end or its timeout; a container scenario's child also to its simulated limit. */
    public ChildRun run(Scenario scenario, HeapSize heap) throws IOException, InterruptedException {
        boolean container = scenario.kind() == Scenario.Kind.CONTAINER;
        if (container && ProcessMemory.procfsRssBytes() < 0) {
            throw new IOException("no procfs here: the RSS watchdog that stands in for the container's OOM killer "
                    + "cannot read the child's resident set");
        }
        long from = System.nanoTime();
        Process process = start(scenario, heap);
        long killedAt = container ? new RssWatchdog(process, heap.bytes()).watch(timeout) : 0;
        boolean exited = killedAt > 0 || process.waitFor(Math.max(0, timeout.toMillis()
                - (System.nanoTime() - from) / 1_000_000), TimeUnit.MILLISECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        long wallMs = (System.nanoTime() - from) / 1_000_000;
        return new ChildRun(scenario, heap, jvmArgs(scenario, heap), probeFile(scenario, heap),
                dir.resolve(baseName(scenario, heap) + ".out.txt"), exited ? process.exitValue() : -1, !exited, wallMs,
                killedAt);
    }

    /** The classpath without the jars that other scenarios declare their own ({@link Scenario#usingLibraries}). */
    String classPathFor(Scenario scenario) {
        java.util.Set<Path> own = scenario.libraryJars();
        java.util.Set<Path> others = Scenarios.all().stream().flatMap(s -> s.libraryJars().stream())
                .filter(jar -> !own.contains(jar)).collect(Collectors.toSet());
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(e -> !e.isEmpty() && !others.contains(Path.of(e).toAbsolutePath()))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** This JVM's classpath with absolute entries: the child runs in the out directory. */
    public static String ownClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.isEmpty())
                .map(e -> Path.of(e).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String baseName(Scenario scenario, HeapSize heap) {
        return scenario.id() + "-" + heap.text();
    }
}
