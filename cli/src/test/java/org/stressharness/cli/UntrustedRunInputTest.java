package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run file is input like any other: names, ids and paths inside it that try to climb out of the output
 * directory or inject markup change nothing about where the harness writes, and show as text.
 */
class UntrustedRunInputTest {

    @TempDir
    Path root;

    @Test
    void hostileNamesNeitherEscapeTheOutputDirectoryNorInjectMarkup() throws Exception {
        String evil = "../../../escaped<script>alert(1)</script>";
        TestResult hostile = new TestResult(Source.JCSTRESS, evil, "<script>alert('description')</script>",
                Status.FAILED, 1, "<img src=x onerror=alert(2)>", "<iframe>", null,
                new JcstressDetail(10, List.of(new OutcomeCount("<b>1</b>", 10, Expectation.FORBIDDEN, "<i>x</i>")),
                        List.of("<script>"), "../../../../etc/passwd"));
        Run run = new Run(Run.SCHEMA_VERSION, "../../escaped-run", "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z",
                "smoke", true, List.of("harness", "run"), HostProbe.current(), List.of(hostile));
        Path input = Files.createDirectories(root.resolve("in"));
        RunFile.write(run, input.resolve("run.json"));
        Path out = root.resolve("out");

        assertThat(HarnessCommand.execute("report", input.toString(), "--out", out.toString())).isZero();

        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()))
                    .containsExactlyInAnyOrder("in/run.json", "out/index.html", "out/summary.md", "out/junit.xml");
        }
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<iframe>", "<b>1</b>", "<i>x</i>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String xml = Files.readString(out.resolve("junit.xml"));
        assertThat(xml).doesNotContain("<script>", "<iframe>");
    }
}
