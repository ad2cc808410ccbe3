package org.stressharness.scenarios.engine;

import org.openjdk.jol.info.GraphLayout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * JOL's count of the bytes a structure holding {@link #ELEMENTS} elements reaches: an independent figure
 * for the bytes per element the scenarios measure from the heap. JOL reads object layouts through
 * {@code sun.misc.Unsafe}, so it runs in a JVM of its own ({@code JolFootprint <out-file> <scenario-id>...}),
 * which keeps Unsafe (and its JDK 24+ warnings) out of the suite runner. Heaps under 32 GB there and in
 * the scenario children: the same compressed oops.
 */
public final class JolFootprint {

    /** Small enough for JOL's graph walk to take about a second, big enough to amortize the headers. */
    public static final int ELEMENTS = 16 * 1024;

    private JolFootprint() {
    }

    /** Child side: writes {@code <scenario-id> TAB <bytes per element>} lines. */
    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Scenario scenario = Scenario.byId(args[i]);
            scenario.jolSpecimen(ELEMENTS).ifPresent(specimen -> lines.add(scenario.id() + "\t"
                    + (double) GraphLayout.parseInstance(specimen).totalSize() / ELEMENTS));
        }
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
    }

    /**
     * Runner side: JOL's bytes per element for those scenarios that have a comparable structure. Empty when
     * the child fails; the cross-check is optional, the measurements stand without it.
     */
    public static Map<Scenario, Double> measure(Collection<Scenario> scenarios, Path dir, String classPath,
                                                Duration timeout) throws IOException, InterruptedException {
        Map<Scenario, Double> result = new LinkedHashMap<>();
        Path out = dir.resolve("jol-footprint.tsv");
        Files.deleteIfExists(out);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-cp", classPath, JolFootprint.class.getName(), out.toAbsolutePath().toString()));
        scenarios.forEach(s -> command.add(s.id()));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("jol-footprint.out.txt").toFile()).start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return result;
        }
        if (p.exitValue() != 0 || !Files.exists(out)) {
            return result;
        }
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                result.put(Scenario.byId(f[0]), Double.parseDouble(f[1]));
            }
        }
        return result;
    }
}
