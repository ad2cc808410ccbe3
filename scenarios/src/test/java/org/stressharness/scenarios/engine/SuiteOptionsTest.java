package org.stressharness.scenarios.engine;

import org.stressharness.results.suite.ExitCode;
import org.stressharness.results.suite.UsageException;
import org.junit.jupiter.api.Test;
import org.stressharness.results.model.Profile;
import org.stressharness.scenarios.catalog.HashMapFill;
import org.stressharness.scenarios.catalog.IntArraysFill;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuiteOptionsTest {

    @Test
    void readsTheContractsOptions() throws Exception {
        SuiteOptions o = SuiteOptions.parse("--profile", "nightly", "--out", "x", "--only", "hashmap", "--heap", "48m",
                "--gc", "serial", "--heap-dump", "--map", "java.util.TreeMap");
        assertThat(o.profile()).isEqualTo(Profile.NIGHTLY);
        assertThat(o.heapSize().bytes()).isEqualTo(48L << 20);
        assertThat(o.collector()).isEqualTo(Collector.SERIAL);
        assertThat(o.heapDump()).isTrue();
        assertThat(o.mapClass()).isEqualTo("java.util.TreeMap");
        assertThat(o.selects(HashMapFill.PRESIZED)).isTrue();
        assertThat(o.selects(IntArraysFill.SCENARIO)).isFalse();
    }

    @Test
    void noMonitoringTurnsTheChildrensListenersOff() throws Exception {
        assertThat(SuiteOptions.parse("--out", "x").monitoring()).isTrue();
        SuiteOptions off = SuiteOptions.parse("--out", "x", "--no-monitoring");
        assertThat(off.monitoring()).isFalse();
        ScenarioFork fork = new ScenarioFork(java.nio.file.Path.of("x"), Collector.G1, false,
                java.time.Duration.ofSeconds(1), null, "", off.monitoring());
        assertThat(fork.jvmArgs(Scenario.byId("hashmap-default"), HeapSize.parse("32m")))
                .contains("-D" + ScenarioChild.LISTENERS_PROPERTY + "=off");
    }

    @Test
    void theProfileSetsTheHeapUnlessHeapIsGiven() throws Exception {
        assertThat(SuiteOptions.parse("--profile", "smoke", "--out", "x").heapSize().text()).isEqualTo("32m");
        assertThat(SuiteOptions.parse("--out", "x").heapSize().text()).isEqualTo("128m");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThatThrownBy(() -> SuiteOptions.parse("--out", "x", "--heap", "big")).isInstanceOf(UsageException.class)
                .hasMessageContaining("invalid heap size 'big'");
        assertThatThrownBy(() -> SuiteOptions.parse("--out", "x", "--gc", "CMS")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown collector 'CMS'");
        assertThatThrownBy(() -> SuiteOptions.parse("--out", "x", "--profile", "fast"))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown profile");
        assertThatThrownBy(() -> SuiteOptions.parse("--out", "x", "--only", "(")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--only: invalid regular expression");
        assertThatThrownBy(() -> SuiteOptions.parse("--profile", "quick")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--out DIR is required");
        assertThatThrownBy(() -> SuiteOptions.parse("--out")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--out needs a value");
        assertThatThrownBy(() -> SuiteOptions.parse("--out", "x", "--fast")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown option '--fast'");
    }

    @Test
    void anInvalidHeapExitsWithTwoAndOneLine() {
        Captured c = capture(() -> ScenarioSuite.run("--out", "x", "--heap", "12q"));
        assertThat(c.code).isEqualTo(ExitCode.USAGE.code());
        assertThat(c.err.strip()).isEqualTo("scenarios: invalid heap size '12q' (expected e.g. 64m, 1g, 512k)");
        assertThat(c.out).isEmpty();
    }

    @Test
    void listPrintsTheSelectedScenarios() {
        Captured c = capture(() -> ScenarioSuite.run("--list", "--only", "^hashmap"));
        assertThat(c.code).isZero();
        assertThat(c.out.lines()).containsExactly("hashmap-default", "hashmap-presized", "hashmap-rwlock");
    }

    @Test
    void theUserMapScenarioExistsOnlyWithMap() {
        assertThat(capture(() -> ScenarioSuite.run("--list")).out.lines()).hasSize(Scenarios.all().size() - 2)
                .doesNotContain("user-map", "workload");
        assertThat(capture(() -> ScenarioSuite.run("--list", "--map", "java.util.TreeMap")).out.lines())
                .contains("user-map");
    }

    private record Captured(int code, String out, String err) {
    }

    private static synchronized Captured capture(Supplier<Integer> run) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = run.get();
            return new Captured(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
