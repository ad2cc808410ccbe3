package org.stressharness.scenarios;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.model.ScenarioDetail;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.scenarios.probe.ProbeRecord;
import org.stressharness.scenarios.probe.ProcessMemory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The relations, each from real child JVMs with 16–64 MB heaps and the CLI's classpath. The margins are wide: the measured
 * figures sit far from every bound asserted here (see the README's table).
 */
@Timeout(180)
class TinyHeapScenariosTest {

    private static final HeapSize TINY = HeapSize.parse("16m");
    /** The smoke profile's heap: at 16 MB the JVM's own ~4.4 MB leaves the alert too little room to be useful. */
    private static final HeapSize SMALL = HeapSize.parse("32m");
    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private ScenarioFork fork() {
        return new ScenarioFork(dir, Collector.G1, false, CHILD_TIMEOUT, null, SuiteClassPath.get());
    }

    @Test
    void preallocatedIntStorageHoldsSeveralTimesMoreThanABoxedHashMap() throws Exception {
        long boxed = oomAt(fork().run(Scenario.HASHMAP_DEFAULT, TINY));
        long primitive = oomAt(fork().run(Scenario.INT_ARRAYS, TINY));
        assertThat(boxed).isPositive();
        // Boxed: ~70 B per entry; int[] pairs: 8 B. Measured about 9x; "several" is asserted as at least 4x.
        assertThat(primitive).isGreaterThanOrEqualTo(4 * boxed);
    }

    /**
     * One child, no retry. What is graded is deterministic: the poll at every sample sees the old generation cross
     * its threshold well before the OOM. The notification travels through the JVM's service thread; on two busy
     * cores it has arrived after the OOM about once in fifteen runs, so the histogram it takes is checked only
     * when it came in time, and the test says so (skipped) when it did not.
     */
    @Test
    void thePollSeesTheThresholdBeforeTheOomAndTheAlertsHistogramShowsTheMap() throws Exception {
        ScenarioFork fork = fork();
        Process child = fork.start(Scenario.HASHMAP_DEFAULT, SMALL);
        Path probe = fork.probeFile(Scenario.HASHMAP_DEFAULT, SMALL);
        await().atMost(CHILD_TIMEOUT).until(() -> !child.isAlive());
        assertThat(child.exitValue()).isZero();

        ChildMeasurement m = ChildMeasurement.read(probe);
        ProbeRecord oom = m.oom().orElseThrow();
        assertThat(m.exceeded()).hasValueSatisfying(e -> assertThat(e.elements()).isPositive()
                .isLessThan(oom.elements() * 9 / 10));

        Optional<ProbeRecord> alert = m.alert();
        assumeTrue(alert.isPresent() && alert.get().elements() < oom.elements() && !m.topClasses().isEmpty(),
                () -> "the notification came too late for its histogram in this run (alert "
                        + alert.map(ProbeRecord::elements).orElse(-1L) + ", OOM " + oom.elements() + ")");
        assertThat(alert.get().elapsedMs()).isLessThanOrEqualTo(oom.elapsedMs());
        // The histogram taken at the alert shows what fills the heap: the map's nodes and boxed Integers.
        assertThat(m.topClasses()).extracting(c -> c.className()).startsWith("java.util.HashMap$Node")
                .contains("java.lang.Integer");
    }

    @Test
    void theProcessMemoryIsReadAtTheStartTheEndAndBesideEveryHeapSample() throws Exception {
        assumeTrue(java.nio.file.Files.isReadable(Path.of("/proc/self/status")), "no procfs here: ps reads RSS instead");
        ChildRun run = fork().run(Scenario.HASHMAP_DEFAULT, TINY);
        ChildMeasurement m = ChildMeasurement.read(run.probeFile());
        assertThat(run.exitCode()).isZero();

        ProbeRecord start = m.process().get(ProbeRecord.AT_START);
        ProbeRecord end = m.process().get(ProbeRecord.AT_END);
        // -Xms = -Xmx: Native Memory Tracking sees the whole heap committed from the start.
        assertThat(start.values().get("nmt.javaHeap")).isEqualTo((double) TINY.bytes());
        assertThat(start.values()).containsKeys("nmt.class", "nmt.thread", "nmt.code", "nmt.gc", "nmt.total");
        // The resident set holds the JVM's own code and structures besides the touched heap.
        assertThat(end.values().get(ProcessMemory.RSS)).isGreaterThan(end.values().get("nmt.javaHeap") / 2);
        assertThat(m.samples()).isNotEmpty().allSatisfy(s -> assertThat(s.values().get(ProcessMemory.RSS)).isPositive());

        TestResult graded = ScenarioGrader.grade(run, null, Optional.empty(), "reproduce");
        ScenarioDetail d = (ScenarioDetail) graded.detail();
        assertThat(d.metrics()).containsKeys("rssAtStartBytes", "rssAtEndBytes", "nmtJavaHeapAtStartBytes",
                "nmtThreadAtEndBytes", "nmtTotalAtEndBytes");
        assertThat(d.series()).filteredOn(p -> p.rssBytes() > 0).hasSizeGreaterThan(d.series().size() / 2);
    }

    @Test
    void theBoundedMapNeverRunsOutAndItsLiveHeapPlateaus() throws Exception {
        ChildRun run = fork().run(Scenario.BOUNDED_LRU, TINY);
        ChildMeasurement m = ChildMeasurement.read(run.probeFile());
        assertThat(run.exitCode()).isZero();
        assertThat(m.oom()).isEmpty();
        assertThat(m.elements()).isEqualTo(20L * (long) (double) m.value("cap").orElseThrow());
        TestResult result = ScenarioGrader.grade(run, null, Optional.empty(), null);
        assertThat(result.status()).as(result.message()).isEqualTo(Status.PASSED);
    }

    @Test
    void thePredictedThresholdAtTwiceTheHeapIsWithinTenPercent() throws Exception {
        for (Scenario s : new Scenario[] {Scenario.INT_ARRAYS, Scenario.HASHMAP_PRESIZED}) {
            ChildRun first = fork().run(s, SMALL);
            ChildRun second = fork().run(s, SMALL.times(ProfileSettings.PREDICTION_FACTOR));
            TestResult result = ScenarioGrader.grade(first, second, Optional.empty(), null);
            ScenarioDetail d = result.scenario();
            // The verdict also grades the alert's timing (see above); here only the prediction counts.
            assertThat(result.status()).as(s.id() + ": " + result.message()).isNotEqualTo(Status.ERROR);
            assertThat(result.message()).doesNotContain("prediction off");
            double predicted = d.metrics().get("predictedElementsAtOom");
            double measured = d.metrics().get("measuredElementsAtPredictionHeap");
            assertThat(measured).isEqualTo((double) oomAt(second));
            assertThat(Math.abs(predicted - measured) / measured).as(s.id()).isLessThanOrEqualTo(0.10);
        }
    }

    private static long oomAt(ChildRun run) {
        assertThat(run.exitCode()).isZero();
        return ChildMeasurement.read(run.probeFile()).oom().orElseThrow().elements();
    }
}
