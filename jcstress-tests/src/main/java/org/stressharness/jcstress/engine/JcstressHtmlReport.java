package org.stressharness.jcstress.engine;

import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.HTMLReportPrinter;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * jcstress's own HTML report ({@code index.html} plus one page per test) for every test run so far.
 * Rewritten after each test, so an interrupted run still leaves pages for what finished.
 */
final class JcstressHtmlReport {

    private final Options options;
    private final Path dir;
    private final PrintStream log;
    private final InProcessCollector results = new InProcessCollector();

    JcstressHtmlReport(Options options, Path dir, PrintStream log) {
        this.options = options;
        this.dir = dir;
        this.log = log;
    }

    void add(Iterable<TestResult> forks) throws Exception {
        for (TestResult r : forks) {
            results.add(r);
        }
        new HTMLReportPrinter(options, results, log).work();
    }

    /** Where jcstress writes the page of one test. */
    Path pageOf(String testName) {
        return dir.resolve(testName + ".html");
    }
}
