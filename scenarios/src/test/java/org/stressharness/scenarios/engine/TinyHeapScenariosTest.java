package org.stressharness.scenarios.engine;

import org.stressharness.results.model.ProfileSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.model.InsertSpike;
import org.stressharness.results.model.ScenarioDetail;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.scenarios.probe.ProbeRecord;
import org.stressharness.scenarios.probe.ProcessMemory;
import org.stressharness.scenarios.catalog.BoundedLruFill;
import org.stressharness.scenarios.catalog.HashMapFill;
import org.stressharness.scenarios.catalog.IntArraysFill;
import org.stressharness.scenarios.catalog.PrimitiveMapFill;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The relations, each from real child JVMs with 16–64 MB heaps and the CLI's classpath. The margins are wide:
 * the measured
 * figures sit far from every bound asserted here (see the table in docs/measured.md).
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
        long boxed = oomAt(fork().run(HashMapFill.DEFAULT, TINY));
        long primitive = oomAt(fork().run(IntArraysFill.SCENARIO, TINY));
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
        Process child = fork.start(HashMapFill.DEFAULT, SMALL);
        Path probe = fork.probeFile(HashMapFill.DEFAULT, SMALL);
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
        assumeTrue(java.nio.file.Files.isReadable(Path.of("/proc/self/status")), "no procfs here: ps reads RSS "
                + "instead");
        ChildRun run = fork().run(HashMapFill.DEFAULT, TINY);
        ChildMeasurement m = ChildMeasurement.read(run.probeFile());
        assertThat(run.exitCode()).isZero();

        ProbeRecord start = m.process().get(ProbeRecord.AT_START);
        ProbeRecord end = m.process().get(ProbeRecord.AT_END);
        // -Xms = -Xmx: Native Memory Tracking sees the whole heap committed from the start.
        assertThat(start.values().get("nmt.javaHeap")).isEqualTo((double) TINY.bytes());
        assertThat(start.values()).containsKeys("nmt.class", "nmt.thread", "nmt.code", "nmt.gc", "nmt.total");
        // The resident set holds the JVM's own code and structures besides the touched heap.
        assertThat(end.values().get(ProcessMemory.RSS)).isGreaterThan(end.values().get("nmt.javaHeap") / 2);
        assertThat(m.samples()).isNotEmpty().allSatisfy(s
                -> assertThat(s.values().get(ProcessMemory.RSS)).isPositive());

        TestResult graded = ScenarioGrader.grade(run, null, Optional.empty(), "reproduce");
        ScenarioDetail d = (ScenarioDetail) graded.detail();
        assertThat(d.metrics()).containsKeys("rssAtStartBytes", "rssAtEndBytes", "nmtJavaHeapAtStartBytes",
                "nmtThreadAtEndBytes", "nmtTotalAtEndBytes");
        assertThat(d.series()).filteredOn(p -> p.rssBytes() > 0).hasSizeGreaterThan(d.series().size() / 2);
    }

    @Test
    void theBoundedMapNeverRunsOutAndItsLiveHeapPlateaus() throws Exception {
        ChildRun run = fork().run(BoundedLruFill.SCENARIO, TINY);
        ChildMeasurement m = ChildMeasurement.read(run.probeFile());
        assertThat(run.exitCode()).isZero();
        assertThat(m.oom()).isEmpty();
        assertThat(m.elements()).isEqualTo(20L * (long) (double) m.value("cap").orElseThrow());
        TestResult result = ScenarioGrader.grade(run, null, Optional.empty(), null);
        assertThat(result.status()).as(result.message()).isEqualTo(Status.PASSED);
        // Its live data is bounded: the trend's alarms (raised by garbage waiting for an old collection) are each
        // refuted by a full collection, so the trend's alert never comes.
        assertThat(m.trendAlert()).isEmpty();
        assertThat(m.trendRefuted()).allSatisfy(r -> assertThat(r.text()).isEqualTo(ProbeRecord.TREND_REFUTED));
        assertThat(result.scenario().metrics()).containsEntry("trendFalseAlarm", 0.0)
                .containsKeys("usageThresholdFalseAlarm", "collectionThresholdFalseAlarm", "rawTrendFalseAlarm");
        assertThat(result.message()).contains("false alarms: usage threshold");
    }

    @Test
    void thePredictedThresholdAtTwiceTheHeapIsWithinTenPercent() throws Exception {
        for (Scenario s : new Scenario[] {IntArraysFill.SCENARIO, HashMapFill.PRESIZED}) {
            ChildRun first = fork().run(s, SMALL);
            ChildRun second = fork().run(s, SMALL.times(ProfileSettings.Scenarios.PREDICTION_FACTOR));
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

    /**
     * The remedy, measured: a presized primitive int map holds several times the entries of a boxed HashMap in
     * the same heap. Measured at 32 MB (x86_64, JDK 17): HashMap 384 k, fastutil presized 1,573 k (4.1x),
     * Eclipse presized 1,049 k (2.7x); asserted 3x and 2x. Their tables hold an entry in 8 B / load factor.
     */
    @Test
    void presizedPrimitiveIntMapsHoldSeveralTimesTheEntriesOfABoxedHashMap() throws Exception {
        long boxed = oomAt(fork().run(HashMapFill.DEFAULT, SMALL));
        ChildRun fastutil = fork().run(PrimitiveMapFill.FASTUTIL_PRESIZED, SMALL);
        ChildRun eclipse = fork().run(PrimitiveMapFill.ECLIPSE_PRESIZED, SMALL);
        // Where the heap could not place the largest table, the map took half of it (rare, noted): half the claim.
        assertThat(oomAt(fastutil)).isGreaterThanOrEqualTo(3 * boxed >> halvings(fastutil));
        assertThat(oomAt(eclipse)).isGreaterThanOrEqualTo(2 * boxed >> halvings(eclipse));
        // Measured 11.9 and 18.3 B per entry at the OOM (the table, 0.75 and 0.5 full, and the JVM's own share).
        assertThat(ChildMeasurement.read(fastutil.probeFile()).bytesPerElementAtOom()).hasValueSatisfying(
                b -> assertThat(b).isBetween(8.0, 16.0));
        assertThat(ChildMeasurement.read(eclipse.probeFile()).bytesPerElementAtOom()).hasValueSatisfying(
                b -> assertThat(b).isBetween(8.0, 24.0));
    }

    /**
     * A default-capacity primitive map ends in one growth that asks for twice its table at once: the usage
     * threshold may never be crossed (it was not, at 32 MB), so the growth warning is what warns, one growth
     * (half the elements) or more before the OOM. Every growth is timed.
     */
    @Test
    void theGrowthWarningComesBeforeAPrimitiveMapsLastGrowthAndEveryGrowthIsTimed() throws Exception {
        ChildRun run = fork().run(PrimitiveMapFill.FASTUTIL_DEFAULT, SMALL);
        ChildMeasurement m = ChildMeasurement.read(run.probeFile());
        long at = oomAt(run);
        // The warning comes with the growth before the last: at the insert that passed half the final count.
        assertThat(m.growthWarning()).hasValueSatisfying(w -> assertThat(w.elements()).isLessThanOrEqualTo(at / 2 + 1));
        double growths = m.value("growths").orElseThrow();
        assertThat(growths).isGreaterThanOrEqualTo(10);
        assertThat(m.growths()).hasSize((int) growths)
                .allSatisfy(g -> assertThat(g.values().get("insertNanos")).isPositive());
        // Each growth copies what the one before created (key and value arrays), and about doubles it.
        for (int i = 1; i < m.growths().size(); i++) {
            double copied = m.growths().get(i).values().get("copiedBytes");
            assertThat(copied).isEqualTo(m.growths().get(i - 1).values().get("newBytes"));
            assertThat(m.growths().get(i).values().get("newBytes")).isBetween(2 * copied - 16, 2 * copied);
        }
        assertThat(m.value("insertP50Ns")).hasValueSatisfying(p -> assertThat(p).isPositive());
        assertThat(m.value("insertMaxNs").orElseThrow()).isGreaterThanOrEqualTo(m.value("insertP99Ns").orElseThrow());
        TestResult result = ScenarioGrader.grade(run, null, Optional.empty(), null);
        assertThat(result.status()).as(result.message()).isEqualTo(Status.PASSED);
        assertThat(result.scenario().insertSpikes()).filteredOn(InsertSpike::growth).hasSize((int) growths);
    }

    /**
     * JOL's independent count for 16 K entries: fastutil and Eclipse 16 B, HashMap 72 B (Lemire's table: 21 and 72-75).
     */
    @Test
    void jolCountsAPrimitiveEntryInAFractionOfABoxedOne() throws Exception {
        java.util.Map<Scenario, Double> jol = JolFootprint.measure(List.of(HashMapFill.DEFAULT,
                PrimitiveMapFill.FASTUTIL_DEFAULT, PrimitiveMapFill.ECLIPSE_DEFAULT), dir, SuiteClassPath.get(),
                        CHILD_TIMEOUT);
        assertThat(jol.get(HashMapFill.DEFAULT)).isBetween(60.0, 80.0);
        assertThat(jol.get(PrimitiveMapFill.FASTUTIL_DEFAULT)).isBetween(8.0, 21.5);
        assertThat(jol.get(PrimitiveMapFill.ECLIPSE_DEFAULT)).isBetween(8.0, 21.5);
    }

    private static int halvings(ChildRun run) {
        return ChildMeasurement.read(run.probeFile()).value("presizeHalvings").orElseThrow().intValue();
    }

    private static long oomAt(ChildRun run) {
        assertThat(run.exitCode()).isZero();
        return ChildMeasurement.read(run.probeFile()).oom().orElseThrow().elements();
    }
}
