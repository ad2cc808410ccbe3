package org.stressharness.scenarios.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.scenarios.catalog.BoundedLruFill;
import org.stressharness.scenarios.catalog.ContainerFill;
import org.stressharness.scenarios.catalog.HashMapFill;
import org.stressharness.scenarios.catalog.IntArraysFill;
import org.stressharness.scenarios.catalog.PrimitiveMapFill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Children that do not end well still give a result: what they wrote, and an ERROR saying why. */
@Timeout(120)
class ScenarioForkTest {

    @TempDir
    Path dir;

    @Test
    void aChildKilledMidwayLeavesItsSamplesAndGradesAsError() throws Exception {
        HeapSize heap = HeapSize.parse("256m");
        ScenarioFork fork = new ScenarioFork(dir, Collector.G1, false, Duration.ofSeconds(60), null,
                SuiteClassPath.get());
        Process child = fork.start(BoundedLruFill.SCENARIO, heap);
        Path probe = fork.probeFile(BoundedLruFill.SCENARIO, heap);
        await().atMost(Duration.ofSeconds(60)).until(() -> ChildMeasurement.read(probe).samples().size() >= 5);
        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        ChildMeasurement m = ChildMeasurement.read(probe);
        assertThat(m.finished()).isFalse();
        assertThat(m.samples()).hasSizeGreaterThanOrEqualTo(5);
        ChildRun run = new ChildRun(BoundedLruFill.SCENARIO, heap, fork.jvmArgs(BoundedLruFill.SCENARIO, heap), probe,
                dir.resolve("bounded-lru-256m.out.txt"), child.exitValue(), false, 1);
        TestResult result = ScenarioGrader.grade(run, null, Optional.empty(), null);
        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.message()).startsWith("child exited with code " + child.exitValue() + " (no final record");
        assertThat(result.scenario().series()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(result.scenario().metrics().get("elements")).isPositive();
    }

    @Test
    void onlyTheChildrenThatUseALibraryGetItsJars() {
        ScenarioFork fork = new ScenarioFork(dir, Collector.G1, false, Duration.ofSeconds(60), null,
                SuiteClassPath.get());
        java.util.Set<Path> jars = PrimitiveMapFill.FASTUTIL_DEFAULT.libraryJars();
        java.util.Set<Path> asm = ContainerFill.METASPACE.libraryJars();
        assertThat(jars).hasSize(3).allSatisfy(j -> assertThat(SuiteClassPath.get()).contains(j.toString()));
        assertThat(asm).hasSize(1).allSatisfy(j -> assertThat(SuiteClassPath.get()).contains(j.toString()));
        String primitive = fork.classPathFor(PrimitiveMapFill.FASTUTIL_DEFAULT);
        assertThat(jars).allSatisfy(j -> assertThat(primitive).contains(j.toString()));
        assertThat(asm).allSatisfy(j -> assertThat(primitive).doesNotContain(j.toString()));
        String metaspace = fork.classPathFor(ContainerFill.METASPACE);
        assertThat(asm).allSatisfy(j -> assertThat(metaspace).contains(j.toString()));
        String lean = fork.classPathFor(HashMapFill.DEFAULT);
        assertThat(jars).allSatisfy(j -> assertThat(lean).doesNotContain(j.toString()));
        assertThat(asm).allSatisfy(j -> assertThat(lean).doesNotContain(j.toString()));
        assertThat(lean).contains("jackson-databind");
    }

    @Test
    void aChildPastItsTimeoutIsKilledAndGradesAsError() throws Exception {
        ScenarioFork fork = new ScenarioFork(dir, Collector.G1, false, Duration.ofMillis(100), null,
                SuiteClassPath.get());
        ChildRun run = fork.run(IntArraysFill.SCENARIO, HeapSize.parse("16m"));
        assertThat(run.timedOut()).isTrue();
        TestResult result = ScenarioGrader.grade(run, null, Optional.empty(), null);
        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.message()).startsWith("child timed out");
    }

    @Test
    void heapDumpOnOomGoesToTheOutDirectory() throws Exception {
        ScenarioFork fork = new ScenarioFork(dir, Collector.SERIAL, true, Duration.ofSeconds(60), null,
                SuiteClassPath.get());
        HeapSize heap = HeapSize.parse("16m");
        assertThat(fork.jvmArgs(IntArraysFill.SCENARIO, heap)).contains("-XX:+UseSerialGC", "-Xms16m", "-Xmx16m",
                "-XX:+HeapDumpOnOutOfMemoryError");
        ChildRun run = fork.run(IntArraysFill.SCENARIO, heap);
        assertThat(run.exitCode()).isZero();
        assertThat(ChildMeasurement.read(run.probeFile()).oom()).isPresent();
        Path dump = dir.resolve("int-arrays-16m.hprof");
        assertThat(dump).exists();
        assertThat(Files.size(dump)).isGreaterThan(1 << 20);
    }
}
