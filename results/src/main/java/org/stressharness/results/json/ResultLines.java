package org.stressharness.results.json;

import org.stressharness.results.suite.UsageException;
import com.fasterxml.jackson.core.JacksonException;
import org.stressharness.results.model.TestResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The file a suite fork streams its results into: one {@link TestResult} per JSON line, appended and flushed
 * as each test finishes, so a fork that dies loses only the test it was running.
 */
public final class ResultLines {

    private final Path file;

    public ResultLines(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized void append(TestResult result) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            String line = Json.mapper().writeValueAsString(result) + "\n";
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    /**
     * Reads every complete line; a torn last line (the writer died mid-line) is skipped.
     * A damaged line elsewhere is an error naming the file and line.
     */
    public List<TestResult> read() {
        List<TestResult> results = new ArrayList<>();
        if (!Files.exists(file)) {
            return results;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            TestResult result;
            try {
                result = Json.mapper().readValue(line, TestResult.class);
            } catch (JacksonException e) {
                if (i == lines.size() - 1) {
                    break;
                }
                throw new UsageException(file + ":" + (i + 1) + ": damaged result line");
            }
            String problem = problem(result);
            if (problem != null) {
                throw new UsageException(file + ":" + (i + 1) + ": result " + problem);
            }
            results.add(result);
        }
        return results;
    }

    /**
     * Cuts a torn last line (its writer died mid-line) off the file, so that a new writer appending to it
     * starts on a line of its own.
     */
    public synchronized void dropTornLastLine() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            int keep = bytes.length;
            while (keep > 0 && bytes[keep - 1] != '\n') {
                keep--;
            }
            if (keep < bytes.length) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(keep);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair " + file, e);
        }
    }

    /** What makes a parsed result unusable (it is JSON, but not one of ours), or null when it is fine. */
    static String problem(TestResult r) {
        if (r == null) {
            return "is null";
        }
        if (r.source() == null || r.name() == null || r.status() == null) {
            return "lacks source, name or status";
        }
        return null;
    }
}
