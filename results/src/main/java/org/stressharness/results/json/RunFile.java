package org.stressharness.results.json;

import org.stressharness.results.suite.UsageException;
import com.fasterxml.jackson.core.JacksonException;
import org.stressharness.results.model.Run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads and writes {@code run.json}. */
public final class RunFile {

    public static final String NAME = "run.json";

    private RunFile() {
    }

    public static void write(Run run, Path file) {
        try {
            byte[] bytes = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(run);
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Reads a run from a run directory or a run.json file; compressed ({@code run.json.gz}, as runs are kept in
     * {@code docs/runs/}) or not.
     *
     * @throws UsageException naming the file when it is missing, empty, truncated or not a run
     */
    /**
     * Whether {@code file} holds a run as the harness writes or keeps one: {@code run.json}, or a kept copy named
     * {@code <anything>.run.json}, either of them gzipped.
     */
    public static boolean isRunFile(Path file) {
        String name = file.getFileName().toString();
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return plain.equals(NAME) || plain.endsWith("." + NAME);
    }

    public static Run read(Path dirOrFile) {
        Path file = Files.isDirectory(dirOrFile) ? dirOrFile.resolve(NAME) : dirOrFile;
        if (Files.isDirectory(dirOrFile) && !Files.isRegularFile(file)
                && Files.isRegularFile(dirOrFile.resolve(NAME + ".gz"))) {
            file = dirOrFile.resolve(NAME + ".gz");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": not a run (no " + NAME + ")");
        }
        try {
            String text = file.toString().endsWith(".gz") ? gunzip(file)
                    : Files.readString(file, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                throw new UsageException(file + ": empty file");
            }
            Run run = Json.mapper().readValue(text, Run.class);
            if (run == null || run.id() == null || run.results() == null) {
                throw new UsageException(file + ": not a stress-harness run (no id or results)");
            }
            for (int i = 0; i < run.results().size(); i++) {
                String problem = ResultLines.problem(run.results().get(i));
                if (problem != null) {
                    throw new UsageException(file + ": result " + (i + 1) + " " + problem);
                }
            }
            return run;
        } catch (JacksonException e) {
            String why = String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " ");
            throw new UsageException(file + ": damaged JSON (" + why + ")");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
