package org.stressharness.report;

import org.stressharness.report.html.HtmlReport;
import org.stressharness.results.json.AtomicFiles;
import org.stressharness.results.json.RunFile;
import org.stressharness.report.junit.JunitXml;
import org.stressharness.report.markdown.MarkdownSummary;
import org.stressharness.results.model.Run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes every rendering of a run into a directory, each file atomically: run.json, HTML, Markdown, JUnit XML. */
public final class ReportWriter {

    public static final String HTML = "index.html";
    public static final String MARKDOWN = "summary.md";
    public static final String JUNIT = "junit.xml";

    /** Writes run.json and its renderings into the run directory itself. */
    public void writeAll(Run run, Path runDir) {
        writeAll(run, runDir, null);
    }

    /** As {@link #writeAll(Run, Path)}, comparing with {@code baseline} (the same job's previous run; null: none). */
    public void writeAll(Run run, Path runDir, Run baseline) {
        RunFile.write(run, runDir.resolve(RunFile.NAME));
        writeRenderings(run, runDir, runDir, baseline);
    }

    /**
     * Writes the renderings (not run.json) of a run kept in {@code runDir} into {@code outDir}; links to raw
     * artifacts in the run directory and reproduce commands are made to point back at it.
     */
    public void writeRenderings(Run run, Path runDir, Path outDir) {
        writeRenderings(run, runDir, outDir, null);
    }

    /** As {@link #writeRenderings(Run, Path, Path)}, comparing with {@code baseline}; null: none. */
    public void writeRenderings(Run run, Path runDir, Path outDir, Run baseline) {
        Path out = outDir.toAbsolutePath().normalize();
        Path source = runDir.toAbsolutePath().normalize();
        String prefix = out.equals(source) ? "" : out.relativize(source).toString().replace('\\', '/') + "/";
        String commandDir = commandDir(runDir, run.id());
        try {
            AtomicFiles.write(outDir.resolve(HTML), new HtmlReport(commandDir, prefix).withBaseline(baseline)
                    .render(run));
            AtomicFiles.write(outDir.resolve(MARKDOWN), new MarkdownSummary(commandDir).withBaseline(baseline)
                    .render(run));
            AtomicFiles.write(outDir.resolve(JUNIT), new JunitXml(commandDir).render(run));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + outDir, e);
        }
    }

    /** The run directory as a command typed in the current directory should name it. */
    private static String commandDir(Path runDir, String runId) {
        Path cwd = Path.of("").toAbsolutePath();
        Path dir = runDir.toAbsolutePath().normalize();
        if (dir.startsWith(cwd)) {
            String rel = cwd.relativize(dir).toString().replace('\\', '/');
            return rel.isEmpty() ? "." : rel;
        }
        return dir.toString();
    }
}
