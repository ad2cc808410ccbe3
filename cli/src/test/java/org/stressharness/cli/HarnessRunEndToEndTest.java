package org.stressharness.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.report.ReportWriter;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole chain on the real suites built earlier in this reactor build: one jcstress test, one Lincheck
 * check and one memory scenario, each forked as {@code harness run} does it, into one run and one report.
 */
@Tag("e2e")
class HarnessRunEndToEndTest {

    @TempDir
    Path out;

    @Test
    void oneTestOfEachSuiteFlowsIntoOneRunAndItsReport() throws Exception {
        int exit = HarnessCommand.execute("run", "--profile", "smoke", "--out", out.toString(), "--only",
                "maps\\.LostPut\\.PlainHashMap$|^ConcurrentHashMapLinearizable\\.stress$|^hashmap-default$");

        Path latest = out.resolve("latest");
        Run run = RunFile.read(latest);
        assertThat(exit).as("nothing forbidden, nothing failed").isZero();
        assertThat(run.complete()).isTrue();
        assertThat(run.profile()).isEqualTo("smoke");
        assertThat(run.host().arch()).isEqualTo(System.getProperty("os.arch"));
        assertThat(run.host().cores()).isPositive();
        assertThat(run.results()).extracting(TestResult::source)
                .containsExactlyInAnyOrder(Source.JCSTRESS, Source.LINCHECK, Source.SCENARIO);

        TestResult jcstress = only(run, Source.JCSTRESS);
        assertThat(jcstress.name()).isEqualTo("org.stressharness.jcstress.maps.LostPut.PlainHashMap");
        assertThat(jcstress.status()).as("a demonstration is never PASSED")
                .isIn(Status.NOT_OBSERVED, Status.INTERESTING);
        assertThat(jcstress.jcstress().samples()).isPositive();
        assertThat(jcstress.jcstress().outcomes()).isNotEmpty();

        TestResult lincheck = only(run, Source.LINCHECK);
        assertThat(lincheck.status()).isEqualTo(Status.PASSED);
        assertThat(lincheck.lincheck().implementation()).contains("ConcurrentHashMap");

        TestResult scenario = only(run, Source.SCENARIO);
        assertThat(scenario.status()).isEqualTo(Status.PASSED);
        assertThat(scenario.scenario().metrics()).containsKey("elementsAtOom");

        Path dir = latest.toRealPath();
        for (String file : new String[]{ReportWriter.HTML, ReportWriter.MARKDOWN, "junit.xml", "run.json"}) {
            assertThat(dir.resolve(file)).isNotEmptyFile();
        }
        assertThat(Files.readString(dir.resolve(ReportWriter.HTML))).contains("LostPut.PlainHashMap", "hashmap-default",
                "ConcurrentHashMapLinearizable.stress");
    }

    private static TestResult only(Run run, Source source) {
        return run.results().stream().filter(r -> r.source() == source).findFirst().orElseThrow();
    }
}
