package org.stressharness.cli;

import org.stressharness.results.model.Host;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Describes the machine and JVM this process runs on; the suites fork the same JVM. */
final class HostProbe {

    private HostProbe() {
    }

    static Host current() {
        return new Host(System.getProperty("os.arch"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                memoryBytes(),
                System.getProperty("java.vm.vendor"),
                System.getProperty("java.runtime.version"),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(", ")),
                inContainer());
    }

    static String cpuModel() {
        List<String> lines = readLines(Path.of("/proc/cpuinfo"));
        // x86 names the model; arm64 kernels give implementer and part numbers instead.
        for (String key : List.of("model name", "Model", "Hardware", "cpu model")) {
            for (String line : lines) {
                if (line.startsWith(key) && line.contains(":")) {
                    String value = line.substring(line.indexOf(':') + 1).trim();
                    if (!value.isEmpty()) {
                        return value;
                    }
                }
            }
        }
        String implementer = field(lines, "CPU implementer");
        String part = field(lines, "CPU part");
        if (implementer != null) {
            return "implementer " + implementer + " part " + part;
        }
        return "unknown";
    }

    private static String field(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key) && l.contains(":"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(null);
    }

    private static long memoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize(); // container-aware on JDK 14+
        }
        return -1;
    }

    static boolean inContainer() {
        if (System.getenv("container") != null || Files.exists(Path.of("/.dockerenv"))
                || Files.exists(Path.of("/run/.containerenv"))) {
            return true;
        }
        return readLines(Path.of("/proc/1/cgroup")).stream()
                .anyMatch(l -> l.contains("docker") || l.contains("kubepods") || l.contains("containerd")
                        || l.contains("lxc"));
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
