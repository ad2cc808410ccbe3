package org.stressharness.scenarios.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.model.ClassFootprint;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.scenarios.probe.ProbeRecord;
import org.stressharness.scenarios.probe.ProbeWriter;
import org.stressharness.scenarios.catalog.PrimitiveMapFill;
import org.stressharness.scenarios.catalog.UserMapFill;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Verdicts of a to-OOM scenario, from probe files written by hand. */
class ScenarioGraderTest {

    private static final long MB = 1 << 20;

    @TempDir
    Path dir;

    /**
     * A hand-written child: the poll sees the pool over its threshold at {@code crossedAt} elements (none when
     * negative), the notification arrives at {@code alertAt} (none when negative), the OOM comes at 100,900.
     */
    private TestResult grade(long crossedAt, long alertAt, boolean histogram) throws Exception {
        Path probe = dir.resolve("user-map-16m.probe.jsonl");
        try (ProbeWriter out = new ProbeWriter(probe)) {
            out.write(new ProbeRecord(ProbeRecord.START, 0, 0, 4 * MB, 16 * MB, 16 * MB,
                    Map.of("baselineBytes", 4.0 * MB), null, "G1 Old Gen"));
            if (crossedAt >= 0) {
                out.write(new ProbeRecord(ProbeRecord.EXCEEDED, crossedAt, 250, 13 * MB, 16 * MB, 16 * MB, null, null,
                        null));
            }
            if (alertAt >= 0) {
                out.write(new ProbeRecord(ProbeRecord.ALERT, alertAt, 300, 13 * MB, 16 * MB, 16 * MB, null, null,
                        "G1 Old Gen"));
                if (histogram) {
                    out.write(new ProbeRecord(ProbeRecord.HISTOGRAM, alertAt, 300, 0, 0, 0, null,
                            List.of(new ClassFootprint("java.util.TreeMap$Entry", 100_000, 4_000_000)), null));
                }
            }
            out.write(new ProbeRecord(ProbeRecord.OOM, 100_900, 400, 14 * MB, 16 * MB, 16 * MB, null, null, null));
            if (alertAt >= 0 && !histogram) {
                out.write(new ProbeRecord(ProbeRecord.ERROR, 100_900, 400, 0, 0, 0, null, null,
                        "class histogram at the alert failed: java.lang.OutOfMemoryError: Java heap space"));
            }
            out.write(new ProbeRecord(ProbeRecord.DONE, 100_900, 500, 5 * MB, 16 * MB, 16 * MB,
                    Map.of("gcCount", 3.0), null, null));
        }
        ChildRun run = new ChildRun(UserMapFill.SCENARIO, HeapSize.parse("16m"), List.of("-Xmx16m"), probe,
                dir.resolve("user-map-16m.out.txt"), 0, false, 1_000);
        return ScenarioGrader.grade(run, null, Optional.empty(), null);
    }

    @Test
    void gradedOnThePollWithTheNotificationsLagMeasured() throws Exception {
        TestResult result = grade(90_000, 100_000, true);

        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.message()).startsWith("OOM at 100,900 elements")
                .contains("threshold crossed 10,900 elements before it")
                .contains("the notification arrived 10,000 elements (50 ms) after the poll");
        assertThat(result.scenario().metrics()).containsEntry("thresholdHeadroomElements", 10_900.0)
                .containsEntry("alertLagElements", 10_000.0).containsEntry("alertLagMs", 50.0)
                .containsEntry("alertHeadroomElements", 900.0);
    }

    @Test
    void aNotificationLateForTheOomIsMeasuredNotFailed() throws Exception {
        TestResult result = grade(90_000, -1, false);

        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.message()).contains("the notification arrived only after the OutOfMemoryError");
        assertThat(result.scenario().metrics()).doesNotContainKey("alertLagElements");
    }

    @Test
    void aHistogramTakenAfterTheOomIsLeftOut() throws Exception {
        TestResult result = grade(90_000, 101_000, true);

        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.message()).contains("only after the OutOfMemoryError").contains("left out");
        assertThat(result.scenario().topClasses()).isEmpty();
        assertThat(grade(90_000, 100_000, true).scenario().topClasses()).isNotEmpty();
    }

    @Test
    void aNotificationTooLateForItsHistogramSaysSoAndStillPasses() throws Exception {
        TestResult result = grade(90_000, 100_800, false);

        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.message()).contains("too late for its class histogram")
                .contains("class histogram at the alert failed: java.lang.OutOfMemoryError");
    }

    @Test
    void noPollSeeingTheThresholdBeforeTheOomFails() throws Exception {
        TestResult result = grade(-1, 100_000, true);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.message()).isEqualTo("no poll saw the pool over its threshold and no growth warned "
                + "before the OutOfMemoryError at 100,900 elements");
    }

    /** A structure whose end is one growth too big may never cross the threshold: the growth warning is its alert. */
    @Test
    void aGrowthWarningAloneBeforeTheOomPassesAndSaysTheThresholdWasNeverCrossed() throws Exception {
        Path probe = dir.resolve("fastutil-default-16m.probe.jsonl");
        try (ProbeWriter out = new ProbeWriter(probe)) {
            out.write(new ProbeRecord(ProbeRecord.START, 0, 0, 4 * MB, 16 * MB, 16 * MB,
                    Map.of("baselineBytes", 4.0 * MB), null, "G1 Old Gen"));
            out.write(new ProbeRecord(ProbeRecord.GROWTH_WARNING, 49_153, 100, 9 * MB, 0, 16 * MB,
                    Map.of("nextGrowthBytes", 8.0 * MB, "freeBytes", 7.0 * MB, "arrayBytes", 4.0 * MB), null, null));
            out.write(new ProbeRecord(ProbeRecord.OOM, 98_304, 400, 10 * MB, 16 * MB, 16 * MB, null, null, null));
            out.write(new ProbeRecord(ProbeRecord.DONE, 98_304, 500, 5 * MB, 16 * MB, 16 * MB, Map.of(), null, null));
        }
        ChildRun run = new ChildRun(PrimitiveMapFill.FASTUTIL_DEFAULT, HeapSize.parse("16m"), List.of("-Xmx16m"), probe,
                dir.resolve("out.txt"), 0, false, 1_000);
        TestResult result = ScenarioGrader.grade(run, null, Optional.empty(), null);

        assertThat(result.status()).as(result.message()).isEqualTo(Status.PASSED);
        assertThat(result.message()).contains("the heap never crossed its threshold, the growth warning came 49,151 "
                + "elements before it (50%: the next growth asks for 8,388,608 B, 7,340,032 B free)");
        assertThat(result.scenario().metrics()).containsEntry("growthWarningLeadElements", 49_151.0)
                .containsEntry("growthWarningLeadMs", 300.0).doesNotContainKey("usageThresholdLeadElements");
    }
}
