package org.stressharness.results.json;

import org.stressharness.results.suite.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultLinesTest {

    @TempDir
    Path dir;

    @Test
    void tornLastLineIsSkipped() throws Exception {
        ResultLines lines = new ResultLines(dir.resolve("results.jsonl"));
        TestResult a = SyntheticRuns.lincheck("A.a", Status.PASSED, null);
        lines.append(a);
        Files.writeString(lines.file(), "{\"source\":\"LINCHECK\",\"name\":\"B.", StandardOpenOption.APPEND);
        assertThat(lines.read()).containsExactly(a);
    }

    @Test
    void aTornLastLineCutOffLetsTheNextWriterAppendCleanly() throws Exception {
        ResultLines lines = new ResultLines(dir.resolve("results.jsonl"));
        TestResult a = SyntheticRuns.lincheck("A.a", Status.PASSED, null);
        TestResult c = SyntheticRuns.lincheck("C.c", Status.PASSED, null);
        lines.append(a);
        Files.writeString(lines.file(), "{\"source\":\"LINCHECK\",\"name\":\"B.", StandardOpenOption.APPEND);
        lines.dropTornLastLine();
        lines.dropTornLastLine(); // nothing torn: nothing cut
        lines.append(c);
        assertThat(lines.read()).containsExactly(a, c);
    }

    @Test
    void damagedLineInTheMiddleNamesFileAndLine() throws Exception {
        ResultLines lines = new ResultLines(dir.resolve("results.jsonl"));
        lines.append(SyntheticRuns.lincheck("A.a", Status.PASSED, null));
        Files.writeString(lines.file(), "garbage\n", StandardOpenOption.APPEND);
        lines.append(SyntheticRuns.lincheck("B.b", Status.PASSED, null));
        assertThatThrownBy(lines::read).isInstanceOf(UsageException.class)
                .hasMessage(lines.file() + ":2: damaged result line");
    }

    @Test
    void foreignJsonLineIsRejectedWithItsLineNumber() throws Exception {
        ResultLines lines = new ResultLines(dir.resolve("results.jsonl"));
        Files.writeString(lines.file(), "{\"hello\":\"world\"}\n");
        lines.append(SyntheticRuns.lincheck("B.b", Status.PASSED, null));
        assertThatThrownBy(lines::read).isInstanceOf(UsageException.class)
                .hasMessage(lines.file() + ":1: result lacks source, name or status");
    }
}
