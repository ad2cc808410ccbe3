package org.stressharness.report.junit;

import org.stressharness.results.suite.ReproduceCommandLine;
import org.stressharness.results.model.Host;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.model.VerdictLabel;
import org.stressharness.report.text.Figures;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

/**
 * A run as JUnit XML (the Ant/Surefire dialect CI systems read): one {@code testsuite} per source, one
 * {@code testcase} per result, grouped by family in {@code classname} so a CI test view shows one class per family
 * ({@link #family}). FAILED becomes a {@code failure}, ERROR an {@code error}; INTERESTING passes, with
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
        StringWriter out = new StringWriter(1024 + results.size() * 300);
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "stress-harness " + clean(run.id()));
            totals(x, results);
            for (Source source : Source.values()) {
                List<TestResult> mine = results.stream().filter(r -> r.source() == source).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                x.writeCharacters("\n  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", source.name().toLowerCase(Locale.ROOT));
                totals(x, mine);
                if (run.startedAt() != null) {
                    x.writeAttribute("timestamp", clean(run.startedAt()));
                }
                if (run.host() != null) {
                    x.writeAttribute("hostname", clean(run.host().arch()));
                    properties(x, run);
                }
                for (TestResult r : mine) {
                    testcase(x, source, r, dir);
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return out.toString();
    }

    private static void totals(XMLStreamWriter x, List<TestResult> results) throws XMLStreamException {
        long failures = results.stream().filter(r -> r.status() == Status.FAILED).count();
        long errors = results.stream().filter(r -> r.status() == Status.ERROR || r.status() == null).count();
        long millis = results.stream().mapToLong(TestResult::durationMs).sum();
        x.writeAttribute("tests", Integer.toString(results.size()));
        x.writeAttribute("failures", Long.toString(failures));
        x.writeAttribute("errors", Long.toString(errors));
        x.writeAttribute("skipped", "0");
        x.writeAttribute("time", seconds(millis));
    }

    private static void properties(XMLStreamWriter x, Run run) throws XMLStreamException {
        Host h = run.host();
        x.writeCharacters("\n    ");
        x.writeStartElement("properties");
        property(x, "profile", run.profile());
        property(x, "complete", String.valueOf(run.complete()));
        property(x, "arch", h.arch());
        property(x, "cpu", h.cpuModel());
        property(x, "cores", String.valueOf(h.cores()));
        property(x, "jvm", h.jvmVendor() + " " + h.jvmVersion());
        property(x, "gc", h.gc());
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", clean(value));
    }

    private static void testcase(XMLStreamWriter x, Source source, TestResult r, String dir)
            throws XMLStreamException {
        Status st = VerdictLabel.statusOf(r);
        String message = r.message() == null ? st.name() : r.message();
        x.writeCharacters("\n    ");
        boolean empty = st == Status.PASSED;
        if (empty) {
            x.writeEmptyElement("testcase");
        } else {
            x.writeStartElement("testcase");
        }
        String family = family(source, r.name());
        x.writeAttribute("classname", clean(family));
        x.writeAttribute("name", clean(caseName(source, family, r.name())));
        x.writeAttribute("time", seconds(r.durationMs()));
        switch (st) {
            case PASSED -> {
            }
            // Not a failure, but an unsafe idiom that did not break is no evidence either way: say so.
            case NOT_OBSERVED -> element(x, "system-out", VerdictLabel.NOT_OBSERVED + ": " + message);
            case INTERESTING -> element(x, "system-out", "INTERESTING: " + message + "\nreproduce: "
                    + ReproduceCommandLine.of(r, dir));
            case FAILED, ERROR -> {
                x.writeCharacters("\n      ");
                x.writeStartElement(st == Status.FAILED ? "failure" : "error");
                x.writeAttribute("message", clean(message));
                x.writeAttribute("type", st.name());
                x.writeCharacters(clean(body(r, dir)));
                x.writeEndElement();
                if (r.output() != null && !r.output().isBlank()) {
                    element(x, "system-out", r.output());
                }
            }
        }
        if (!empty) {
            x.writeCharacters("\n    ");
            x.writeEndElement();
        }
    }

    /**
     * The family a result belongs to, as a CI test view's class: a jcstress variant's topic class
     * ({@code org.stressharness.jcstress.maps.LostPut} for {@code ….LostPut.PlainHashMap}; a top-level test class is
     * its own family), a Lincheck check's class ({@code ConcurrentHashMapLinearizable} for
     * {@code ConcurrentHashMapLinearizable.modelChecking}), a memory scenario's structure ({@code hashmap} for
     * {@code hashmap-presized}). The test case keeps the rest of the name, so family and case give the name again.
     */
    static String family(Source source, String name) {
        if (name == null || name.isEmpty()) {
            return source == null ? "" : source.name().toLowerCase(Locale.ROOT);
        }
        if (source == Source.SCENARIO) {
            int dash = name.indexOf('-');
            return dash > 0 ? name.substring(0, dash) : name;
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return name;
        }
        int before = name.lastIndexOf('.', dot - 1);
        boolean nested = Character.isUpperCase(name.charAt(before + 1));
        return source == Source.JCSTRESS && !nested ? name : name.substring(0, dot);
    }

    /** The test case within its family: the variant or method, the simple name of a top-level test class. */
    private static String caseName(Source source, String family, String name) {
        if (name == null || source == Source.SCENARIO) {
            return name;
        }
        return family.equals(name) ? name.substring(name.lastIndexOf('.') + 1) : name.substring(family.length() + 1);
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeStartElement(name);
        x.writeCharacters(clean(text));
        x.writeEndElement();
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

    /**
     * Drops the characters XML 1.0 cannot carry at all (most control characters, which test output may hold);
     * the writer escapes the rest.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\n' || c == '\r' || c == '\t';
            if (!allowed && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
