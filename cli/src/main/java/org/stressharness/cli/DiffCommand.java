package org.stressharness.cli;

import org.stressharness.results.suite.ExitCode;
import org.stressharness.report.diff.RunDiff;
import org.stressharness.results.json.AtomicFiles;
import org.stressharness.results.json.RunFile;
import org.stressharness.report.markdown.DiffMarkdown;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code harness diff BASELINE CURRENT}: what changed since the baseline run; exit 1 on new failures. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Lists what changed from BASELINE to CURRENT: new failures, newly observed interesting outcomes, "
                + "vanished outcomes, tests added or removed, large frequency shifts. "
                + "Exit 0: no new failures; 1: new failures; 2: a run cannot be read.")
final class DiffCommand implements Callable<Integer> {

    static final String MARKDOWN = "diff.md";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASELINE", description = "The earlier run directory (or its run.json).")
    Path baseline;

    @Parameters(index = "1", paramLabel = "CURRENT", description = "The later run directory (or its run.json).")
    Path current;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the diff as DIR/diff.md.")
    Path out;

    @Override
    public Integer call() {
        RunDiff diff = RunDiff.of(RunFile.read(baseline), RunFile.read(current));
        String text = new DiffMarkdown().render(diff);
        if (out != null) {
            try {
                AtomicFiles.write(out.resolve(MARKDOWN), text);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out.resolve(MARKDOWN), e);
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        w.print(text);
        w.flush();
        return diff.hasNewFailures() ? ExitCode.FAILED.code() : 0;
    }
}
