package org.stressharness.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** No line of a Java source is longer than 120 characters, so every file reads without scrolling. */
class SourceLineLengthTest {

    private static final int LIMIT = 120;

    @Test
    void noJavaLineIsLongerThan120Characters() throws IOException {
        Path root = HarnessHome.locate().root();
        List<String> longer = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !root.relativize(p).toString().contains("target/")
                            && !root.relativize(p).toString().startsWith("."))
                    .forEach(p -> {
                        List<String> lines = read(p);
                        for (int i = 0; i < lines.size(); i++) {
                            if (lines.get(i).length() > LIMIT) {
                                longer.add(root.relativize(p) + ":" + (i + 1) + " (" + lines.get(i).length() + ")");
                            }
                        }
                    });
        }
        assertThat(longer).isEmpty();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
