package org.stressharness.scenarios.engine;

import org.stressharness.scenarios.probe.ProcessMemory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for a container's OOM killer: reads the child's resident set from procfs every millisecond and
 * ends it with SIGKILL (no {@code OutOfMemoryError}, no shutdown hooks, exit code 137) once it passes the
 * limit. Simulated, and said so: the kernel would refuse the page that crosses the limit, this sees the
 * crossing up to a millisecond later, so the RSS at the kill can stand a little over the limit.
 */
final class RssWatchdog {

    private final Process child;
    private final long limitBytes;

    RssWatchdog(Process child, long limitBytes) {
        this.child = child;
        this.limitBytes = limitBytes;
    }

    /** Watches until the child exits, passes the limit or runs past {@code timeout}: the RSS it was killed at, or 0. */
    long watch(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (child.isAlive() && System.nanoTime() < deadline) {
            long rss;
            try {
                rss = ProcessMemory.procfsRssBytes(child.pid());
            } catch (IOException gone) {
                return 0; // exited between the check and the read
            }
            if (rss > limitBytes) {
                child.destroyForcibly(); // SIGKILL on Linux, as the OOM killer sends
                child.waitFor(10, TimeUnit.SECONDS);
                return rss;
            }
            Thread.sleep(1);
        }
        return 0;
    }
}
