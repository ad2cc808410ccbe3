package org.stressharness.scenarios.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * One scenario child, finished (or killed). For a container scenario {@code heap} is the simulated memory limit.
 *
 * @param jvmArgs   the child's JVM arguments
 * @param probeFile its JSON-lines measurements
 * @param output    its captured stdout and stderr
 * @param exitCode  the process's exit code (-1 when it was killed for the timeout)
 * @param timedOut  whether it ran past the per-child timeout
 * @param wallMs    wall time from start to exit
 * @param killedAtRssBytes the resident set at which the RSS watchdog killed it (container scenarios), else 0
 */
public record ChildRun(Scenario scenario, HeapSize heap, List<String> jvmArgs, Path probeFile, Path output,
                       int exitCode, boolean timedOut, long wallMs, long killedAtRssBytes) {

    /** A child no watchdog killed. */
    public ChildRun(Scenario scenario, HeapSize heap, List<String> jvmArgs, Path probeFile, Path output,
                    int exitCode, boolean timedOut, long wallMs) {
        this(scenario, heap, jvmArgs, probeFile, output, exitCode, timedOut, wallMs, 0);
    }

    public boolean killedByWatchdog() {
        return killedAtRssBytes > 0;
    }
}
