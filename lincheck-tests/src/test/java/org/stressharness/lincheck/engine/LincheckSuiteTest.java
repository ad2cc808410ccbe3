package org.stressharness.lincheck.engine;

import org.stressharness.lincheck.catalog.ConcurrentHashMapCollidingKeys;
import org.stressharness.lincheck.catalog.ConcurrentHashMapCountAtRest;
import org.stressharness.lincheck.catalog.ConcurrentHashMapLinearizable;
import org.stressharness.lincheck.catalog.ConcurrentHashMapObstructionFreedomFinding;
import org.stressharness.lincheck.catalog.ConcurrentHashMapSizeFinding;
import org.stressharness.lincheck.catalog.GetThenPutIfAbsentNegativeControl;
import org.stressharness.lincheck.catalog.HashMapNegativeControl;
import org.stressharness.lincheck.catalog.InflatedSizeNegativeControl;
import org.stressharness.lincheck.catalog.LockedMap;
import org.stressharness.lincheck.catalog.UnsyncSizeCounterNegativeControl;
import org.stressharness.lincheck.catalog.UserMapCollidingKeys;
import org.stressharness.lincheck.catalog.UserMapCountAtRest;
import org.stressharness.lincheck.catalog.UserMapLinearizable;
import org.stressharness.lincheck.catalog.UserMapSizeEstimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.json.ResultLines;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite-fork contract, run in-process (no System.exit). */
class LincheckSuiteTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LincheckSuite.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void listsEveryTestOnceWithUniqueNames() {
        assertThat(run("--profile", "smoke", "--list")).isZero();

        List<String> names = outLines();
        assertThat(names)
                .contains("ConcurrentHashMapLinearizable.modelChecking", "ConcurrentHashMapLinearizable.stress",
                "ConcurrentHashMapCountAtRest.modelChecking", "HashMapNegativeControl.stress",
                "ConcurrentHashMapSizeFinding.modelChecking")
                .noneMatch(name -> name.startsWith("LockedMap"));
        assertThat(new HashSet<>(names)).hasSameSizeAs(names);
    }

    @Test
    void onlyFiltersWithFindSemantics() {
        assertThat(run("--list", "--only", "NegativeControl\\.model")).isZero();

        assertThat(outLines()).containsExactly("GetThenPutIfAbsentNegativeControl.modelChecking",
                "HashMapNegativeControl.modelChecking", "InflatedSizeNegativeControl.modelChecking",
                "UnsyncSizeCounterNegativeControl.modelChecking");
    }

    @Test
    void findsEveryCheckClassWithoutAList() {
        // A check is one annotated class: the suite finds it on the classpath. The run order is the map's checks
        // that must pass, its findings, then the controls, each by name. (A subsequence: a new check needs no edit
        // here.)
        assertThat(Checks.annotated()).containsSubsequence(
                ConcurrentHashMapCollidingKeys.class, ConcurrentHashMapCountAtRest.class,
                ConcurrentHashMapLinearizable.class, UserMapCollidingKeys.class, UserMapCountAtRest.class,
                UserMapLinearizable.class, ConcurrentHashMapObstructionFreedomFinding.class,
                ConcurrentHashMapSizeFinding.class,
                GetThenPutIfAbsentNegativeControl.class, HashMapNegativeControl.class,
                UnsyncSizeCounterNegativeControl.class);
        assertThat(Checks.checks()).extracting(LincheckCheck::name).containsSubsequence(
                "ConcurrentHashMapCollidingKeys.modelChecking", "ConcurrentHashMapCollidingKeys.stress",
                "ConcurrentHashMapCountAtRest.modelChecking", "ConcurrentHashMapCountAtRest.stress",
                "ConcurrentHashMapLinearizable.modelChecking", "ConcurrentHashMapLinearizable.stress",
                "ConcurrentHashMapObstructionFreedomFinding.modelChecking",
                "ConcurrentHashMapSizeFinding.modelChecking", "ConcurrentHashMapSizeFinding.stress",
                "GetThenPutIfAbsentNegativeControl.modelChecking", "GetThenPutIfAbsentNegativeControl.stress",
                "HashMapNegativeControl.modelChecking", "HashMapNegativeControl.stress",
                "UnsyncSizeCounterNegativeControl.modelChecking", "UnsyncSizeCounterNegativeControl.stress");
    }

    @Test
    void mapReplacesConcurrentHashMapTests() {
        assertThat(run("--list", "--map", "java.util.concurrent.ConcurrentSkipListMap")).isZero();

        assertThat(outLines())
                .contains("UserMapLinearizable[java.util.concurrent.ConcurrentSkipListMap].modelChecking",
                        "UserMapCollidingKeys[java.util.concurrent.ConcurrentSkipListMap].stress",
                        "UserMapCountAtRest[java.util.concurrent.ConcurrentSkipListMap].modelChecking",
                        "UserMapSizeEstimate[java.util.concurrent.ConcurrentSkipListMap].modelChecking",
                        "HashMapNegativeControl.modelChecking")
                .noneMatch(name -> name.startsWith("ConcurrentHashMap"));
    }

    @Test
    void badArgumentsExitTwoWithOneLine() {
        assertThat(run("--profile", "hard", "--out", "x")).isEqualTo(2);
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(run("--profile", "smoke")).isEqualTo(2);
        assertThat(run("--list", "--only", "(")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(4);
    }

    @Test
    void badMapClassExitsTwo() {
        assertThat(run("--list", "--map", "com.acme.Missing")).isEqualTo(2);
        assertThat(run("--list", "--map", "java.lang.String")).isEqualTo(2);
        assertThat(run("--list", "--map", "java.util.AbstractMap")).isEqualTo(2);
        assertThat(run("--list", "--map", "java.util.Collections")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("lincheck suite: map class 'com.acme.Missing' not found on the classpath",
                        "lincheck suite: 'java.lang.String' is not a java.util.Map",
                        "lincheck suite: 'java.util.AbstractMap' is abstract; give a concrete class",
                        "lincheck suite: 'java.util.Collections' is not a java.util.Map");
    }

    @Test
    void appendsOneResultPerTestAndPrintsProgress(@TempDir Path dir) {
        assertThat(run("--profile", "smoke", "--out", dir.toString(),
                "--only", "^UnsyncSizeCounterNegativeControl\\.modelChecking$")).isZero();

        List<TestResult> results = new ResultLines(dir.resolve("results.jsonl")).read();
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(Source.LINCHECK);
            assertThat(r.name()).isEqualTo("UnsyncSizeCounterNegativeControl.modelChecking");
            assertThat(r.status()).isEqualTo(Status.PASSED);
            assertThat(r.lincheck().strategy()).isEqualTo("model-checking");
            assertThat(r.lincheck().failureText()).contains("The following interleaving");
            assertThat(r.reproduce()).contains("--only '^UnsyncSizeCounterNegativeControl\\.modelChecking$'");
        });
        assertThat(outLines()).anyMatch(l -> l.matches(
                "\\[1/1] UnsyncSizeCounterNegativeControl\\.modelChecking \\.\\.\\. PASSED \\(\\d+\\.\\d s\\).*"));
    }
}
