package org.stressharness.scenarios.engine;

import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedObject;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import org.stressharness.results.model.FlightRecording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a scenario child's flight recording with {@code jdk.jfr.consumer} and keeps what the report shows: the
 * collections, the top allocation sites (from {@code jdk.ObjectAllocationSample}'s weights) and the old-object
 * samples ({@code jdk.OldObjectSample}) by type and GC root.
 */
final class FlightRecordingSummary {

    static final int TOP = 8;

    private FlightRecordingSummary() {
    }

    /** The child's JVM arguments that record it into {@code file}, with the old objects' paths to their roots. */
    static String startFlag(Path file) {
        return "-XX:StartFlightRecording=filename=" + file.toAbsolutePath() + ",settings=profile,path-to-gc-roots=true,"
                + "dumponexit=true";
    }

    /**
     * The summary of the recording at the exit ({@code file}, or, where the child was killed and that one is empty,
     * the one dumped at the alert), with the old-object samples of the one dumped at the alert where there is one:
     * only then was the structure alive. Empty when the child left neither.
     */
    static Optional<FlightRecording> read(Path file, Path atAlert, Path runDir) throws IOException {
        boolean atExit = written(file);
        boolean alerted = written(atAlert);
        if (!atExit && !alerted) {
            return Optional.empty();
        }
        FlightRecording exit = read(atExit ? file : atAlert, runDir);
        if (!alerted) {
            return Optional.of(exit);
        }
        FlightRecording alert = atExit ? read(atAlert, runDir) : exit;
        return Optional.of(new FlightRecording(exit.file(), exit.gcCount(), exit.longestPauseMs(),
                exit.allocationSites(), alert.oldObjects()));
    }

    /** JFR creates the file at the start and fills it at the exit, so a killed child leaves it empty. */
    private static boolean written(Path file) throws IOException {
        return Files.exists(file) && Files.size(file) > 0;
    }

    static FlightRecording read(Path file, Path runDir) throws IOException {
        long gcs = 0;
        Duration longest = Duration.ZERO;
        Map<String, long[]> sites = new HashMap<>();
        Map<String, long[]> oldCounts = new LinkedHashMap<>();
        Map<String, String> oldAllocatedAt = new HashMap<>();
        Map<String, String> oldPath = new HashMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            switch (e.getEventType().getName()) {
                case "jdk.GarbageCollection" -> {
                    gcs++;
                    Duration pause = e.getDuration("longestPause");
                    if (pause != null && pause.compareTo(longest) > 0) {
                        longest = pause;
                    }
                }
                case "jdk.ObjectAllocationSample" -> {
                    long[] s = sites.computeIfAbsent(topFrame(e.getStackTrace()), k -> new long[2]);
                    s[0] += e.getLong("weight");
                    s[1]++;
                }
                case "jdk.OldObjectSample" -> {
                    String key = objectType(e) + "\t" + root(e);
                    oldCounts.computeIfAbsent(key, k -> new long[1])[0]++;
                    oldAllocatedAt.putIfAbsent(key, topFrame(e.getStackTrace()));
                    oldPath.putIfAbsent(key, path(e));
                }
                default -> {
                }
            }
        }
        List<FlightRecording.AllocationSite> top = sites.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> x) -> x.getValue()[0]).reversed())
                .limit(TOP).map(x -> new FlightRecording.AllocationSite(x.getKey(), x.getValue()[0], x.getValue()[1]))
                .toList();
        List<FlightRecording.OldObjects> old = oldCounts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> x) -> x.getValue()[0]).reversed())
                .limit(TOP).map(x -> {
                    String[] typeAndRoot = x.getKey().split("\t", 2);
                    return new FlightRecording.OldObjects(typeAndRoot[0], typeAndRoot[1], x.getValue()[0],
                            oldAllocatedAt.get(x.getKey()), oldPath.get(x.getKey()));
                }).toList();
        String relative = runDir.toAbsolutePath().relativize(file.toAbsolutePath()).toString();
        return new FlightRecording(relative, gcs, longest.toNanos() / 1e6, top, old);
    }

    private static String topFrame(RecordedStackTrace trace) {
        if (trace == null || trace.getFrames().isEmpty()) {
            return "(no stack trace)";
        }
        RecordedFrame f = trace.getFrames().get(0);
        return f.getMethod().getType().getName() + "." + f.getMethod().getName()
                + (f.getLineNumber() > 0 ? ":" + f.getLineNumber() : "");
    }

    private static String objectType(RecordedEvent e) {
        RecordedObject object = e.getValue("object");
        RecordedClass type = object == null ? null : object.getValue("type");
        return type == null ? "(unknown)" : type.getName();
    }

    /**
     * The reference chain from the root's side to the sampled object, by type ("HashMap$Node[] → HashMap$Node →
     * Integer"), as far as the recording followed it (JFR stores up to a fixed depth, and skips the middle of
     * longer chains).
     */
    private static String path(RecordedEvent e) {
        java.util.Deque<String> chain = new java.util.ArrayDeque<>();
        RecordedObject object = e.getValue("object");
        for (int depth = 0; object != null && depth < 64; depth++) {
            RecordedClass type = object.getValue("type");
            chain.addFirst(type == null ? "?" : simpleName(type.getName()));
            RecordedObject referrer = object.hasField("referrer") ? object.getValue("referrer") : null;
            if (referrer != null && referrer.hasField("skip") && referrer.getInt("skip") > 0) {
                chain.addFirst("…");
            }
            object = referrer == null || !referrer.hasField("object") ? null : referrer.getValue("object");
        }
        return String.join(" → ", chain);
    }

    /** "[Ljava.util.HashMap$Node;" as "HashMap$Node[]", "[I" as "int[]", "java.lang.Integer" as "Integer". */
    static String simpleName(String jvmName) {
        int dims = 0;
        while (dims < jvmName.length() && jvmName.charAt(dims) == '[') {
            dims++;
        }
        String element = jvmName.substring(dims);
        if (dims > 0) {
            element = switch (element) {
                case "Z" -> "boolean";
                case "B" -> "byte";
                case "C" -> "char";
                case "S" -> "short";
                case "I" -> "int";
                case "J" -> "long";
                case "F" -> "float";
                case "D" -> "double";
                default -> element.startsWith("L") && element.endsWith(";")
                        ? element.substring(1, element.length() - 1) : element;
            };
        }
        return element.substring(element.lastIndexOf('.') + 1) + "[]".repeat(dims);
    }

    /** "system: description" of the root the sample was reached from; "no path" when the recording has none. */
    private static String root(RecordedEvent e) {
        RecordedObject root = e.hasField("root") ? e.getValue("root") : null;
        if (root == null) {
            return "no path";
        }
        String system = root.getValue("system");
        String description = root.getValue("description");
        return (system == null ? "?" : system) + (description == null ? "" : ": " + description);
    }
}
