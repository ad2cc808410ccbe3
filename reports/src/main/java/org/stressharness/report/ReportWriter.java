package org.stressharness.report;

import org.stressharness.report.html.HtmlReport;
import org.stressharness.report.json.AtomicFiles;
import org.stressharness.report.json.RunFile;
import org.stressharness.report.markdown.MarkdownSummary;
import org.stressharness.report.model.Run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes every rendering of a run into its run directory, each file atomically. */
public final class ReportWriter {

    public static final String HTML = "index.html";
    public static final String MARKDOWN = "summary.md";

    public void writeAll(Run run, Path runDir) {
        RunFile.write(run, runDir.resolve(RunFile.NAME));
        try {
            AtomicFiles.write(runDir.resolve(HTML), new HtmlReport().render(run));
            AtomicFiles.write(runDir.resolve(MARKDOWN), new MarkdownSummary().render(run));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + runDir, e);
        }
    }
}
