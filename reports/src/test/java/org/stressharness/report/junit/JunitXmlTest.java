package org.stressharness.report.junit;

import org.junit.jupiter.api.Test;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JunitXmlTest {

    @Test
    void oneTestcasePerResultWithFailuresAndErrorsWhereCiExpectsThem() throws Exception {
        Run run = SyntheticRuns.mixed("r1", SyntheticRuns.host("x86_64", "17.0.15"));
        Document doc = parse(new JunitXml().render(run));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("7");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(7);

        Element broken = testcase(doc, "org.example.BrokenLock");
        assertThat(broken.getAttribute("classname")).isEqualTo("org.example.BrokenLock");
        assertThat(broken.getAttribute("name")).isEqualTo("BrokenLock");
        assertThat(broken.getAttribute("time")).isEqualTo("1.200");
        assertThat(broken.getElementsByTagName("failure").item(0).getTextContent())
                .contains("1: 10 FORBIDDEN", "reproduce: ./harness reproduce org.example.BrokenLock --from "
                        + "reports/out/r1");

        Element died = testcase(doc, "treemap-small");
        assertThat(died.getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(died.getElementsByTagName("system-out").item(0).getTextContent()).contains("InternalError");

        Element racy = testcase(doc, "org.example.RacyCounter");
        assertThat(racy.getElementsByTagName("failure").getLength()).isZero();
        assertThat(racy.getElementsByTagName("system-out").item(0).getTextContent()).startsWith("INTERESTING: ");

        Element lincheck = testcase(doc, "HashMapLinearizability.modelChecking");
        assertThat(lincheck.getElementsByTagName("failure").item(0).getTextContent()).contains("| put(1, 2) |");
    }

    @Test
    void aCiTestViewShowsOneClassPerFamily() throws Exception {
        String topic = "org.stressharness.jcstress.maps.LostPut";
        Run run = SyntheticRuns.run("r", null, List.of(
                SyntheticRuns.jcstress(topic + ".PlainHashMap", Status.INTERESTING, 10),
                SyntheticRuns.jcstress(topic + ".ConcurrentMap", Status.PASSED, 10),
                SyntheticRuns.jcstress("com.example.counter.HitCounterStress.Plain", Status.INTERESTING, 10),
                SyntheticRuns.lincheck("ConcurrentHashMapLinearizable.modelChecking", Status.PASSED, null),
                SyntheticRuns.lincheck("ConcurrentHashMapLinearizable.stress", Status.PASSED, null),
                SyntheticRuns.scenario("hashmap-default", Status.PASSED, 10, 5),
                SyntheticRuns.scenario("hashmap-presized", Status.PASSED, 10, 5),
                SyntheticRuns.scenario("concurrenthashmap", Status.PASSED, 10, 5)));
        NodeList cases = parse(new JunitXml().render(run)).getElementsByTagName("testcase");
        List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            seen.add(e.getAttribute("classname") + " | " + e.getAttribute("name"));
        }
        assertThat(seen).containsExactly(
                topic + " | PlainHashMap",
                topic + " | ConcurrentMap",
                "com.example.counter.HitCounterStress | Plain",
                "ConcurrentHashMapLinearizable | modelChecking",
                "ConcurrentHashMapLinearizable | stress",
                "hashmap | hashmap-default",
                "hashmap | hashmap-presized",
                "concurrenthashmap | concurrenthashmap");
    }

    @Test
    void markupAndControlCharactersInOutputStayWellFormed() throws Exception {
        TestResult r = new TestResult(Source.LINCHECK, "A<&\">", null, Status.ERROR, 5, "bad \u0001 \"thing\" <x>",
                "]]> \u0000 <y/> &amp;", null, null);
        Document doc = parse(new JunitXml().render(SyntheticRuns.run("r", null, List.of(r))));
        Element tc = (Element) doc.getElementsByTagName("testcase").item(0);
        assertThat(tc.getAttribute("name")).isEqualTo("A<&\">");
        Element error = (Element) tc.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isEqualTo("bad  \"thing\" <x>");
        assertThat(tc.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo("]]>  <y/> &amp;");
    }

    private static Element testcase(Document doc, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(name) || e.getAttribute("classname").equals(name)
                    || (e.getAttribute("classname") + "." + e.getAttribute("name")).equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
