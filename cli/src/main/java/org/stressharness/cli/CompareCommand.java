package org.stressharness.cli;

import org.stressharness.results.suite.ExitCode;
import org.stressharness.report.compare.RunComparison;
import org.stressharness.report.html.ComparisonPage;
import org.stressharness.results.json.AtomicFiles;
import org.stressharness.results.suite.UsageException;
import org.stressharness.results.json.RunFile;
import org.stressharness.report.markdown.ComparisonMarkdown;
import org.stressharness.results.model.Run;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code harness compare RUN_DIR...}: runs from several machines or JDKs side by side. An input that cannot be
 * read is reported in one line and left out; the others are still compared.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares runs side by side (per test, each run's frequency per outcome; outcomes seen in one "
                + "run and never in another are marked with that run's sample count). Writes compare.html and "
                + "compare.md. Exit 0: compared; 2: an input could not be read (the others are still compared).")
final class CompareCommand implements Callable<Integer> {

    static final String HTML = "compare.html";
    static final String MARKDOWN = "compare.md";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "Run directories (or their run.json files).")
    List<Path> runDirs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "compare",
            description = "Where to write compare.html and compare.md (default: compare/ in the current directory).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Run> runs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path dir : runDirs) {
            try {
                runs.add(RunFile.read(dir));
            } catch (UsageException e) {
                problems.add(e.getMessage());
                err.println("harness: " + e.getMessage());
            }
        }
        err.flush();
        if (runs.isEmpty()) {
            return ExitCode.USAGE.code();
        }
        RunComparison comparison = RunComparison.of(runs);
        try {
            AtomicFiles.write(out.resolve(HTML), new ComparisonPage().render(comparison, problems));
            AtomicFiles.write(out.resolve(MARKDOWN), new ComparisonMarkdown().render(comparison, problems));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the comparison into " + out, e);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("Compared " + runs.size() + " runs, " + comparison.tests().size() + " tests, "
                + comparison.differingTests() + " differ: " + out.resolve(HTML));
        w.println("        " + out.resolve(MARKDOWN));
        w.flush();
        return problems.isEmpty() ? 0 : ExitCode.USAGE.code();
    }
}
