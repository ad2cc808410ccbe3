package org.stressharness.cli;

import org.stressharness.report.ReportWriter;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Run;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code harness report RUN_DIR}: renders a run's HTML page, Markdown summary and JUnit XML again from run.json. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Re-renders a run directory's report (index.html, summary.md, junit.xml) from its run.json. "
                + "Exit 0: written; 2: the run cannot be read.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory (or its run.json).")
    Path runDir;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the report (default: the run directory itself).")
    Path out;

    @Override
    public Integer call() {
        Run run = RunFile.read(runDir);
        Path dir = Files.isDirectory(runDir) ? runDir : runDir.toAbsolutePath().getParent();
        Path target = out != null ? out : dir;
        new ReportWriter().writeRenderings(run, dir, target);
        PrintWriter w = spec.commandLine().getOut();
        w.println("Report of run " + run.id() + " (" + run.results().size() + " results): "
                + target.resolve(ReportWriter.HTML));
        w.println("        " + target.resolve(ReportWriter.MARKDOWN));
        w.println("        " + target.resolve(ReportWriter.JUNIT));
        w.flush();
        return 0;
    }
}
