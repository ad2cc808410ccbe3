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
        description = "Re-renders a run directory's report (index.html, summary.md, junit.xml) from its run.json; "
                + "for a run without one (killed, or still running), writes run.json too, marked incomplete, from what "
                + "its suites streamed. Exit 0: written; 2: the run cannot be read.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory (or its run.json).")
    Path runDir;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the report (default: the run directory itself).")
    Path out;

    @Option(names = "--baseline", paramLabel = "RUN_DIR",
            description = "The run the report compares with in its first block (default: the newest earlier complete "
                    + "run of the same profile and architecture beside it).")
    Path baseline;

    @Override
    public Integer call() {
        Path dir = Files.isDirectory(runDir) ? runDir : runDir.toAbsolutePath().getParent();
        boolean streamed = Files.isDirectory(runDir) && !Files.exists(runDir.resolve(RunFile.NAME))
                && RunPlan.existsIn(runDir);
        // No run.json yet (the harness was killed, or is still running): report what the suites streamed.
        Run run = streamed ? StreamedRun.assemble(dir) : RunFile.read(runDir);
        Path target = out != null ? out : dir;
        Run previous = baseline != null ? PreviousRun.given(baseline) : PreviousRun.beside(dir, run.id(), run.profile(),
                run.host() == null ? null : run.host().arch());
        if (streamed) {
            new ReportWriter().writeAll(run, target, previous);
        } else {
            new ReportWriter().writeRenderings(run, dir, target, previous);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("Report of run " + run.id() + (streamed ? ", INCOMPLETE, from what its suites streamed" : "")
                + " (" + run.results().size() + " results): " + target.resolve(ReportWriter.HTML));
        w.println("        " + target.resolve(ReportWriter.MARKDOWN));
        w.println("        " + target.resolve(ReportWriter.JUNIT));
        w.flush();
        return 0;
    }
}
