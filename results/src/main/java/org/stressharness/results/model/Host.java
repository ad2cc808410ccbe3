package org.stressharness.results.model;

/**
 * The machine and JVM a run measured. Recorded because race frequencies depend on both.
 *
 * @param arch        {@code os.arch}
 * @param os          OS name and version
 * @param cpuModel    as the OS names it (e.g. /proc/cpuinfo's model name), "unknown" when it does not say
 * @param cores       CPUs available to the JVM
 * @param memoryBytes physical (or container-limited) memory
 * @param jvmVendor   {@code java.vm.vendor}
 * @param jvmVersion  {@code java.runtime.version}
 * @param gc          the collectors of the JVM the suites forked with (its defaults)
 * @param container   whether the process seems to run in a container
 */
public record Host(String arch, String os, String cpuModel, int cores, long memoryBytes, String jvmVendor,
                   String jvmVersion, String gc, boolean container) {
}
