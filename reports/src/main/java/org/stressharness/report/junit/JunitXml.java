package org.stressharness.report.junit;

import org.stressharness.report.ReproduceCommandLine;
import org.stressharness.results.model.Host;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import org.stressharness.report.text.Figures;

import java.util.List;
import java.util.Locale;

/**
 * A run as JUnit XML (the Ant/Surefire dialect CI systems read): one {@code testsuite} per source, one
 * {@code testcase} per result. FAILED becomes a {@code failure}, ERROR an {@code error}; INTERESTING passes, with
 * what was seen in {@code system-out}, because a documented race observed is the demonstration working.
 */
public final class JunitXml {

    private final String runDir;

    public JunitXml() {
        this(null);
    }

    /** @param runDir the run directory as reproduce commands should name it; null for {@code reports/out/<run-id>} */
    public JunitXml(String runDir) {
        this.runDir = runDir;
    }

    public String render(Run run) {
        String dir = runDir != null ? runDir : ReproduceCommandLine.defaultRunDir(run.id());
        List<TestResult> results = run.results() == null ? List.of() : run.results();
        StringBuilder x = new StringBuilder(1024 + results.size() * 300);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"stress-harness ")
                .append(attr(run.id())).append("\"").append(totals(results)).append(">\n");
        for (Source source : Source.values()) {
            List<TestResult> mine = results.stream().filter(r -> r.source() == source).toList();
            if (mine.isEmpty()) {
                continue;
            }
            x.append("  <testsuite name=\"").append(source.name().toLowerCase(Locale.ROOT)).append('"')
                    .append(totals(mine));
            if (run.startedAt() != null) {
                x.append(" timestamp=\"").append(attr(run.startedAt())).append('"');
            }
            if (run.host() != null) {
                x.append(" hostname=\"").append(attr(run.host().arch())).append("\">\n");
                properties(x, run);
            } else {
                x.append(">\n");
            }
            for (TestResult r : mine) {
                testcase(x, source, r, dir);
            }
            x.append("  </testsuite>\n");
        }
        x.append("</testsuites>\n");
        return x.toString();
    }

    private static String totals(List<TestResult> results) {
        long failures = results.stream().filter(r -> r.status() == Status.FAILED).count();
        long errors = results.stream().filter(r -> r.status() == Status.ERROR || r.status() == null).count();
        long millis = results.stream().mapToLong(TestResult::durationMs).sum();
        return " tests=\"" + results.size() + "\" failures=\"" + failures + "\" errors=\"" + errors
                + "\" skipped=\"0\" time=\"" + seconds(millis) + "\"";
    }

    private static void properties(StringBuilder x, Run run) {
        Host h = run.host();
        x.append("    <properties>\n");
        property(x, "profile", run.profile());
        property(x, "complete", String.valueOf(run.complete()));
        property(x, "arch", h.arch());
        property(x, "cpu", h.cpuModel());
        property(x, "cores", String.valueOf(h.cores()));
        property(x, "jvm", h.jvmVendor() + " " + h.jvmVersion());
        property(x, "gc", h.gc());
        x.append("    </properties>\n");
    }

    private static void property(StringBuilder x, String name, String value) {
        x.append("      <property name=\"").append(name).append("\" value=\"").append(attr(value)).append("\"/>\n");
    }

    private static void testcase(StringBuilder x, Source source, TestResult r, String dir) {
        x.append("    <testcase classname=\"").append(source.name().toLowerCase(Locale.ROOT)).append("\" name=\"")
                .append(attr(r.name())).append("\" time=\"").append(seconds(r.durationMs())).append('"');
        Status st = r.status() == null ? Status.ERROR : r.status();
        String message = r.message() == null ? st.name() : r.message();
        switch (st) {
            case PASSED -> x.append("/>\n");
            case INTERESTING -> x.append(">\n      <system-out>").append(text("INTERESTING: " + message
                            + "\nreproduce: " + ReproduceCommandLine.of(r, dir)))
                    .append("</system-out>\n    </testcase>\n");
            case FAILED, ERROR -> {
                String tag = st == Status.FAILED ? "failure" : "error";
                x.append(">\n      <").append(tag).append(" message=\"").append(attr(message)).append("\" type=\"")
                        .append(st).append("\">").append(text(body(r, dir))).append("</").append(tag).append(">\n");
                if (r.output() != null && !r.output().isBlank()) {
                    x.append("      <system-out>").append(text(r.output())).append("</system-out>\n");
                }
                x.append("    </testcase>\n");
            }
        }
    }

    private static String body(TestResult r, String dir) {
        StringBuilder b = new StringBuilder();
        if (r.message() != null) {
            b.append(r.message()).append('\n');
        }
        if (r.lincheck() != null && r.lincheck().failureText() != null) {
            b.append(r.lincheck().failureText()).append('\n');
        }
        if (r.jcstress() != null && r.jcstress().outcomes() != null) {
            r.jcstress().outcomes().stream().filter(o -> o.count() > 0).forEach(o -> b.append(o.outcome()).append(": ")
                    .append(o.count()).append(' ').append(o.expect()).append('\n'));
        }
        b.append("reproduce: ").append(ReproduceCommandLine.of(r, dir)).append('\n');
        return b.toString();
    }

    private static String seconds(long millis) {
        return Figures.fixed(millis / 1000.0, 3);
    }

    static String attr(String s) {
        return escape(s, true);
    }

    static String text(String s) {
        return escape(s, false);
    }

    /** XML-escapes and drops the characters XML 1.0 cannot carry at all (most control characters). */
    private static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append(attribute ? "&#13;" : "\r");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
