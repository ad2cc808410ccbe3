package org.stressharness.scenarios.probe;

import org.stressharness.results.json.Json;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Appends {@link ProbeRecord}s as JSON lines and hands each line to the OS at once: the child may die at any
 * moment, and what the OS holds survives the process.
 */
public final class ProbeWriter implements AutoCloseable {

    private final FileOutputStream out;

    public ProbeWriter(Path file) {
        try {
            this.out = new FileOutputStream(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open probe file " + file, e);
        }
    }

    /** Called from the workload thread and from the notification thread. */
    public synchronized void write(ProbeRecord record) {
        try {
            out.write((Json.mapper().writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write probe record", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
