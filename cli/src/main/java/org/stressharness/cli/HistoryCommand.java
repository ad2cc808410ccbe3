package org.stressharness.cli;

import org.stressharness.results.suite.UsageException;
import org.stressharness.report.history.History;
import org.stressharness.report.history.HistoryStore;
import org.stressharness.report.history.NightDigest;
import org.stressharness.report.html.HistoryPage;
import org.stressharness.report.markdown.HistoryMarkdown;
import org.stressharness.results.json.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code harness history PATH...}: the trend across nights, from any number of runs (several architectures and
 * JDKs together) and the digests kept from earlier nights.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Trends across nights: per test and per architecture/JDK the verdict over time, each "
                + "interesting or forbidden outcome's rate over time with its first and last night, the samples and "
                + "forks behind every 'never seen', demonstrations whose detection is flaky, and the cost per night. "
                + "Writes history.html and history.md. Exit 0: written; 2: an input could not be read.")
final class HistoryCommand implements Callable<Integer> {

    static final String HTML = "history.html";
    static final String MARKDOWN = "history.md";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Run directories, digests (*.digest.json), or directories holding either (searched 4 levels "
                    + "deep).")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "history",
            description = "Where to write history.html and history.md (default: history/ in the current directory).")
    Path out;

    @Option(names = "--last", paramLabel = "N", defaultValue = "7",
            description = "Tonight is compared with this many nights before it (default 7).")
    int lastN;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Also write each run's digest (a few KB) into DIR, so later nights need only DIR and the "
                    + "new runs.")
    Path keep;

    @Override
    public Integer call() {
        if (lastN < 1) {
            throw new UsageException("--last must be at least 1");
        }
        long t0 = System.nanoTime();
        // The first night, the kept store named among the inputs does not exist yet (or is empty): nothing to read.
        List<Path> inputs = paths.stream().filter(p -> keep == null || !sameDir(p, keep) || hasFiles(p)).toList();
        if (inputs.isEmpty()) {
            throw new UsageException("no runs to read: " + keep + " holds no digests yet and no run was given");
        }
        List<NightDigest> nights = HistoryStore.read(inputs);
        History history = write(nights, out, lastN);
        int kept = keep == null ? 0 : HistoryStore.keep(nights, keep);
        PrintWriter w = spec.commandLine().getOut();
        w.printf("History of %d runs, %d nights, %d jobs, %d tests (%.1f s): %s%n", nights.size(),
                history.nights().size(), history.jobs().size(), history.tests(), (System.nanoTime() - t0) / 1e9,
                out.resolve(HTML));
        w.println("        " + out.resolve(MARKDOWN));
        if (keep != null) {
            w.println("Kept " + kept + " new digest" + (kept == 1 ? "" : "s") + " in " + keep);
        }
        w.flush();
        return 0;
    }

    /** The trend of these nights, written as history.html and history.md into {@code out}. */
    static History write(List<NightDigest> nights, Path out, int lastN) {
        History history = History.of(nights);
        try {
            AtomicFiles.write(out.resolve(HTML), new HistoryPage().render(history, lastN));
            AtomicFiles.write(out.resolve(MARKDOWN), new HistoryMarkdown().render(history, lastN));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the history into " + out, e);
        }
        return history;
    }

    private static boolean sameDir(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static boolean hasFiles(Path dir) {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }
}
