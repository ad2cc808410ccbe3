package org.stressharness.scenarios.probe;

import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole process's memory, beyond the heap: its resident set (what a container's memory limit counts) and the
 * JVM's Native Memory Tracking summary (heap, class metadata, thread stacks, code cache, the collector's own
 * structures ...). The child runs with {@code -XX:NativeMemoryTracking=summary}.
 */
public final class ProcessMemory {

    /** The key of the resident set size in a snapshot. */
    public static final String RSS = "rssBytes";
    /** What NMT categories' keys start with, e.g. {@code nmt.javaHeap}; {@code nmt.total} is their sum. */
    public static final String NMT = "nmt.";

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Pattern CATEGORY = Pattern.compile("^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB");
    private static final Pattern TOTAL = Pattern.compile("^Total: reserved=\\d+KB, committed=(\\d+)KB");

    private ProcessMemory() {
    }

    /** The resident set size and the NMT summary's committed bytes per category. */
    public static Map<String, Double> snapshot() throws Exception {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(RSS, (double) rssBytes());
        values.putAll(nativeMemory());
        return values;
    }

    /**
     * VmRSS from procfs; where there is none (macOS), {@code ps}, which reports the same figure.
     *
     * @throws IOException when neither can tell
     */
    public static long rssBytes() throws IOException {
        long procfs = procfsRssBytes();
        if (procfs >= 0) {
            return procfs;
        }
        Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", Long.toString(ProcessHandle.current().pid()))
                .redirectErrorStream(true).start();
        String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        try {
            if (ps.waitFor() != 0 || out.isEmpty()) {
                throw new IOException("no " + STATUS + " and ps -o rss= failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted reading the resident set size", e);
        }
        return kilobytes(out) * 1024;
    }

    /**
     * VmRSS from procfs, or -1 where there is none: cheap enough for every heap sample, where starting {@code ps}
     * would not be.
     *
     * @throws IOException when procfs is there but cannot tell
     */
    public static long procfsRssBytes() throws IOException {
        return procfsRssBytes(STATUS);
    }

    /**
     * Another process's resident set from procfs (the RSS watchdog reads its child's), or -1 without procfs.
     * Throws when the process is gone.
     */
    public static long procfsRssBytes(long pid) throws IOException {
        return procfsRssBytes(Path.of("/proc", Long.toString(pid), "status"));
    }

    private static long procfsRssBytes(Path status) throws IOException {
        if (!Files.isReadable(STATUS)) {
            return -1;
        }
        for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
            if (line.startsWith("VmRSS:")) {
                return kilobytes(line.substring(6).replace("kB", "")) * 1024;
            }
        }
        throw new IOException(status + " has no VmRSS line");
    }

    /**
     * Committed bytes per NMT category, through the DiagnosticCommand MBean (what {@code jcmd PID
     * VM.native_memory summary} prints).
     *
     * @throws IllegalStateException when the JVM was not started with native memory tracking
     */
    public static Map<String, Double> nativeMemory() throws Exception {
        ObjectName name = new ObjectName("com.sun.management:type=DiagnosticCommand");
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(name, "vmNativeMemory",
                new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
        return parse(text);
    }

    static Map<String, Double> parse(String summary) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : summary.lines().toList()) {
            Matcher total = TOTAL.matcher(line.strip());
            Matcher category = CATEGORY.matcher(line);
            if (total.find()) {
                values.put(NMT + "total", Double.parseDouble(total.group(1)) * 1024);
            } else if (category.find()) {
                values.put(NMT + key(category.group(1)), Double.parseDouble(category.group(2)) * 1024);
            }
        }
        if (!values.containsKey(NMT + "total")) {
            throw new IllegalStateException("no native memory summary (" + summary.lines().findFirst().orElse("empty")
                    .strip() + "): the JVM needs -XX:NativeMemoryTracking=summary");
        }
        return values;
    }

    /** "Java Heap" → "javaHeap", "Native Memory Tracking" → "nativeMemoryTracking". */
    static String key(String category) {
        StringBuilder k = new StringBuilder();
        for (String word : List.of(category.strip().split("\\s+"))) {
            String w = word.toLowerCase(Locale.ROOT);
            k.append(k.length() == 0 ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return k.toString();
    }

    private static long kilobytes(String text) {
        return Long.parseLong(text.strip().split("\\s+")[0]);
    }
}
