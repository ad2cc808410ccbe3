package org.stressharness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user + system) of the child processes this JVM has waited for, and of theirs: Linux adds a child's
 * time, including the children it waited for, to its parent's when it ends. NaN where /proc is not there.
 */
final class ChildCpuTime {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ: 100 on every Linux architecture

    private ChildCpuTime() {
    }

    static double seconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the parenthesised command name; cutime and cstime are fields 16 and 17.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
