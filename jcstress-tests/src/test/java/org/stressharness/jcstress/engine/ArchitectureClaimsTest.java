package org.stressharness.jcstress.engine;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.runners.TestList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every per-architecture sentence in a test's description says whether it was measured (and where) or is
 * expected (and why): nothing here ran on ARM hardware, so no ARM sentence may read as observed.
 */
class ArchitectureClaimsTest {

    private static final Pattern X86 = Pattern.compile("On x86 \\((measured[,:][^)]*x86_64[^)]*|expected[^)]*)\\)");
    private static final Pattern ARM = Pattern.compile("On ARM \\(expected, not measured[^)]*\\)");
    private static final Pattern UNMARKED = Pattern.compile("On (x86|ARM)( and on ARM)?:");

    /** A sentence naming the architecture. */
    private static final Pattern NAMES_ARM = Pattern.compile("\\bARM(v8)?\\b|\\bAArch64\\b|\\baarch64\\b");
    private static final Pattern MARKED = Pattern.compile("\\b(measured|expected)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Sentences that name ARM as a place the harness runs, not as a result: where the nightly runners are, what a
     * workflow's job is called, how a finding seen there is fetched.
     */
    private static final List<String> PLATFORM_ONLY = List.of(
            "It is for teams who run it nightly on multi-core ARM and x86 CI runners",
            "the nightly workflow on x86_64 and aarch64, the emulated aarch64 run",
            "a matrix of `ubuntu-24.04` (x86_64) and `ubuntu-24.04-arm` (aarch64) runners",
            "`run-ubuntu-24.04-arm-jdk21-shard1`), unpack it",
            "runs the smoke profile on an aarch64 JDK under qemu-user emulation",
            "That takes the real `ubuntu-24.04-arm` runners");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everySentenceNamingArmIsMeasuredOrExpected() throws IOException {
        List<Path> sources = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(sources::add);
        }
        try (Stream<Path> java = Files.walk(ROOT.resolve("jcstress-tests/src/main/java"))) {
            java.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
        assertThat(sources).hasSizeGreaterThan(20);
        List<String> unmarked = new ArrayList<>();
        for (Path source : sources) {
            for (String sentence : sentences(Files.readString(source))) {
                // Headings and table headers name a column or a section, not a result.
                boolean title = sentence.startsWith("#") || sentence.contains("|---");
                if (NAMES_ARM.matcher(sentence).find() && !MARKED.matcher(sentence).find() && !title
                        && PLATFORM_ONLY.stream().noneMatch(sentence::contains)) {
                    unmarked.add(ROOT.relativize(source) + ": " + sentence);
                }
            }
        }
        TestList.tests().forEach(name -> sentences(TestList.getInfo(name).description()).stream()
                .filter(s -> NAMES_ARM.matcher(s).find() && !MARKED.matcher(s).find())
                .forEach(s -> unmarked.add(name + ": " + s)));
        assertThat(unmarked).as("sentences naming ARM that say neither measured (with its run) nor expected (and why)")
                .isEmpty();
    }

    @Test
    void aSentenceThatClaimsWithoutSayingSoIsCaught() {
        String text = "Opaque publication shows its race on ARM only. "
                + "On ARM (expected, not measured: no barrier): seen.";
        assertThat(sentences(text)).filteredOn(s -> NAMES_ARM.matcher(s).find() && !MARKED.matcher(s).find())
                .containsExactly("Opaque publication shows its race on ARM only.");
    }

    /**
     * Sentences of prose or source: blocks (split at blank lines, headings, list items and table rows) joined into
     * one line each, then split after '.', ';', '!' or '?' before a capital.
     */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n|\\n(?=\\s*(#|- |\\| ))")) {
            sentences.addAll(List.of(block.replaceAll("\\s+", " ").strip().split("(?<=[.;!?])\\s+(?=[A-Z`*(\\[#])")));
        }
        return sentences;
    }

    @Test
    void everyClaimIsMarkedMeasuredOrExpected() {
        assertThat(TestList.tests()).hasSizeGreaterThanOrEqualTo(40).allSatisfy(name -> {
            TestInfo info = TestList.getInfo(name);
            String d = info.description();
            assertThat(X86.matcher(d).find()).as("%s: x86 claim marked measured or expected: %s", name, d).isTrue();
            assertThat(ARM.matcher(d).find()).as("%s: ARM claim marked expected: %s", name, d).isTrue();
            assertThat(UNMARKED.matcher(d).find()).as("%s: an unmarked claim: %s", name, d).isFalse();
        });
    }
}
