package org.stressharness.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every run a document or a source comment cites is kept under {@code docs/runs/}: a figure names the run behind it,
 * and a run that is not kept is a figure nobody can check. A run counts as kept when a {@code run.json} there
 * (plain or compressed) carries its id.
 */
class DocumentedRunsTest {

    /** A run id as the harness makes them: date, time, arch, JDK, four hex digits. */
    static final Pattern RUN_ID = Pattern.compile("\\b(\\d{8}-\\d{6}-[a-z0-9_]+-jdk\\d+-[0-9a-f]{4})\\b");
    /** The short form the docs use once a run was named in full: {@code …-c132}. */
    static final Pattern SHORT_ID = Pattern.compile("…-([0-9a-f]{4})\\b");
    private static final Pattern ID_FIELD = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Path ROOT = HarnessHome.locate().root();

    @Test
    void everyCitedRunIsKept() throws IOException {
        Set<String> kept = keptRuns();
        assertThat(kept).isNotEmpty();
        List<String> missing = new ArrayList<>();
        for (Path source : citing()) {
            String text = Files.readString(source);
            for (Matcher m = RUN_ID.matcher(text); m.find(); ) {
                if (!kept.contains(m.group(1))) {
                    missing.add(ROOT.relativize(source) + ": " + m.group(1));
                }
            }
            for (Matcher m = SHORT_ID.matcher(text); m.find(); ) {
                String suffix = "-" + m.group(1);
                if (kept.stream().noneMatch(id -> id.endsWith(suffix))) {
                    missing.add(ROOT.relativize(source) + ": …" + suffix);
                }
            }
        }
        assertThat(missing).as("runs cited but not kept under docs/runs/ (keep the run, or withdraw the figure)")
                .isEmpty();
    }

    @Test
    void aCitationOfARunNotKeptIsFound() throws IOException {
        Set<String> kept = keptRuns();
        String cited = "took 59 min 2 s (run `20261203-175123-amd64-jdk17-356e`)";
        Matcher m = RUN_ID.matcher(cited);
        assertThat(m.find()).isTrue();
        assertThat(kept).doesNotContain(m.group(1));
    }

    /** The ids of the runs kept under docs/runs/. */
    static Set<String> keptRuns() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs/runs"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches(".*run\\.json(\\.gz)?")).toList()) {
                try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p))
                        : Files.newInputStream(p)) {
                    // The run's own id is the first "id" in the file.
                    String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                    Matcher m = ID_FIELD.matcher(head);
                    if (m.find()) {
                        ids.add(m.group(1));
                    }
                }
            }
        }
        return ids;
    }

    /** The README, the docs (not the kept runs themselves), the schema and every Java source. */
    private static List<Path> citing() throws IOException {
        List<Path> sources = new ArrayList<>();
        sources.add(ROOT.resolve("README.md"));
        sources.add(ROOT.resolve("results/SCHEMA.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(sources::add);
        }
        for (String module : List.of("cli", "jcstress-tests", "lincheck-tests", "reports", "results", "scenarios")) {
            try (Stream<Path> java = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                java.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        return sources;
    }
}
