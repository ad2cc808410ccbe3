package org.stressharness.cli;

import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.Host;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Small run directories for the report, compare and diff command tests, and a way to run a command. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    /** A run with one jcstress test whose rare outcome "0, 0" was seen {@code rare} times out of a million. */
    static Path runDir(Path parent, String id, String jdk, long rare, Status status) {
        Host host = new Host("x86_64", "Linux", "Test CPU", 2, 8L << 30, "Eclipse Adoptium", jdk, "G1", false);
        TestResult racy = new TestResult(Source.JCSTRESS, "org.example.Reorder", "<script>alert(1)</script>", status,
                1000, status == Status.PASSED ? null : "seen", null, null,
                new JcstressDetail(1_000_000, List.of(
                        new OutcomeCount("1, 1", 1_000_000 - rare, Expectation.ACCEPTABLE, "ordered"),
                        new OutcomeCount("0, 0", rare, status == Status.FAILED ? Expectation.FORBIDDEN
                                : Expectation.ACCEPTABLE_INTERESTING, "reordered")),
                        List.of("-XX:+UseG1GC"), null));
        Run run = new Run(Run.SCHEMA_VERSION, id, "2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z", "smoke", true,
                List.of("harness", "run"), host, List.of(racy));
        Path dir = parent.resolve(id);
        RunFile.write(run, dir.resolve(RunFile.NAME));
        return dir;
    }

    /** Runs {@code harness ARGS} as the launcher does and captures what it prints. */
    static Result harness(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cl = HarnessCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString().strip());
    }

    record Result(int exitCode, String out, String err) {
    }
}
