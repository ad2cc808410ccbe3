package org.stressharness.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each suite's engine runs any catalog it finds (ServiceLoader) and names none: no engine source imports, links or
 * otherwise names a class of its suite's catalog package, and no class outside src/test is named {@code *Test}.
 */
class EngineApartFromCatalogTest {

    private static final Path ROOT = HarnessHome.locate().root();

    /** Each engine package and the catalog package it must not name. */
    private static final List<String[]> ENGINES = List.of(
            new String[] {"lincheck-tests/src/main/java/org/stressharness/lincheck/engine",
                    "lincheck-tests/src/main/java/org/stressharness/lincheck/catalog"},
            new String[] {"jcstress-tests/src/main/java/org/stressharness/jcstress/engine",
                    "jcstress-tests/src/main/java/org/stressharness/jcstress/maps"},
            new String[] {"jcstress-tests/src/main/java/org/stressharness/jcstress/engine",
                    "jcstress-tests/src/main/java/org/stressharness/jcstress/fences"},
            new String[] {"jcstress-tests/src/main/java/org/stressharness/jcstress/engine",
                    "jcstress-tests/src/main/java/org/stressharness/jcstress/publication"},
            new String[] {"jcstress-tests/src/main/java/org/stressharness/jcstress/api",
                    "jcstress-tests/src/main/java/org/stressharness/jcstress/maps"},
            new String[] {"scenarios/src/main/java/org/stressharness/scenarios/engine",
                    "scenarios/src/main/java/org/stressharness/scenarios/catalog"},
            new String[] {"scenarios/src/main/java/org/stressharness/scenarios/probe",
                    "scenarios/src/main/java/org/stressharness/scenarios/catalog"});

    @Test
    void noEngineNamesAClassOfItsCatalog() {
        List<String> found = new ArrayList<>();
        for (String[] pair : ENGINES) {
            List<String> catalogClasses = javaFiles(ROOT.resolve(pair[1])).stream()
                    .map(p -> p.getFileName().toString().replace(".java", "")).toList();
            assertThat(catalogClasses).as(pair[1]).isNotEmpty();
            Pattern named = Pattern.compile("\\b(" + String.join("|", catalogClasses)
                    + ")\\b|\\.(catalog|maps|fences|publication)\\.");
            for (Path source : javaFiles(ROOT.resolve(pair[0]))) {
                String text = read(source);
                Matcher m = named.matcher(text);
                while (m.find()) {
                    found.add(ROOT.relativize(source) + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noClassOutsideTheTestsIsNamedTest() throws IOException {
        try (Stream<Path> all = Files.walk(ROOT)) {
            List<String> named = all.filter(p -> p.toString().endsWith("Test.java"))
                    .map(p -> ROOT.relativize(p).toString())
                    .filter(p -> !p.contains("/src/test/") && !p.contains("/target/") && !p.startsWith("."))
                    .toList();
            assertThat(named).isEmpty();
        }
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
