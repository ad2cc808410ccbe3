package org.stressharness.jcstress.engine;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.runners.TestList;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.FirstObservation;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ResultConverterTest {

    private static final String STORE_BUFFERING = "org.stressharness.jcstress.fences.StoreBuffering.Plain";
    private static final String VOLATILE_STORE_BUFFERING = "org.stressharness.jcstress.fences.StoreBuffering.Volatile";
    private static final String LOST_PUT = "org.stressharness.jcstress.maps.LostPut.PlainHashMap";
    private static final ResultConverter.Context CONTEXT =
            new ResultConverter.Context("-m quick", "run/jcstress/html/x.html", "rerun", 1234, null);

    @Test
    void sumsForksAndListsEveryDeclaredOutcome() {
        TestResult fork1 = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 10, "1, 1", 5);
        TestResult fork2 = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 7, "0, 0", 3);

        var result = ResultConverter.convert(STORE_BUFFERING, info(STORE_BUFFERING), List.of(fork1, fork2), CONTEXT);

        assertThat(result.source()).isEqualTo(Source.JCSTRESS);
        assertThat(result.status()).isEqualTo(Status.INTERESTING);
        assertThat(result.message()).contains("[0, 0] 3").contains("of 25 samples");
        assertThat(result.durationMs()).isEqualTo(1234);
        assertThat(result.jcstress().samples()).isEqualTo(25);
        assertThat(result.jcstress().htmlReport()).isEqualTo("run/jcstress/html/x.html");
        assertThat(result.jcstress().configurations()).containsExactly("jcstress -m quick");
        assertThat(result.jcstress().outcomes())
                .extracting(OutcomeCount::outcome, OutcomeCount::count, OutcomeCount::expect)
                .containsExactlyInAnyOrder(
                        tuple("0, 1", 17L, Expectation.ACCEPTABLE),
                        tuple("1, 0", 0L, Expectation.ACCEPTABLE),
                        tuple("1, 1", 5L, Expectation.ACCEPTABLE),
                        tuple("0, 0", 3L, Expectation.ACCEPTABLE_INTERESTING));
        assertThat(result.jcstress().outcomes()).allSatisfy(o -> assertThat(o.description()).isNotBlank());
    }

    /**
     * Each notable outcome is dated by the first fork, in the order the forks finished, that held it; plain
     * ACCEPTABLE outcomes are not; the message says when the earliest shown one came.
     */
    @Test
    void datesEachNotableOutcomeByTheFirstForkThatHeldIt() {
        TestResult quiet = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 10, "1, 1", 5);
        TestResult fired = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 7, "0, 0", 3);
        TestResult again = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 0", 4);
        var timeline = List.of(new ForkTimeline.Finished(quiet, 2_000), new ForkTimeline.Finished(fired, 4_500),
                new ForkTimeline.Finished(again, 7_000));
        var context = new ResultConverter.Context("-m quick", null, "rerun", 7_100, null, timeline);

        var result = ResultConverter.convert(STORE_BUFFERING, info(STORE_BUFFERING), List.of(quiet, fired, again),
                context);

        assertThat(result.jcstress().firstObserved())
                .containsExactly(new FirstObservation("0, 0", 2, 25, 4_500));
        assertThat(result.jcstress().firstObservation("0, 1")).isNull();
        assertThat(result.message()).contains("; first in fork 2 of 3, after 4.5 s");
        assertThat(ResultConverter.convert(STORE_BUFFERING, info(STORE_BUFFERING), List.of(quiet, fired, again),
                CONTEXT).jcstress().firstObserved()).as("no timeline, no dates").isEmpty();
    }

    @Test
    void recordsTheForksAndWhichSideOfItsIdiomATestIsOn() {
        String demo = "org.stressharness.jcstress.maps.ResizeLoss.PlainHashMap";
        String guard = "org.stressharness.jcstress.maps.ResizeLoss.ConcurrentMap";
        TestResult fork = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 0", 10);

        var demoResult = ResultConverter.convert(demo, info(demo), List.of(fork, fork, fork), CONTEXT);
        assertThat(demoResult.jcstress().forks()).isEqualTo(3);
        assertThat(demoResult.jcstress().role()).isEqualTo(JcstressDetail.Role.DEMONSTRATION);
        assertThat(demoResult.jcstress().twins()).containsExactlyInAnyOrder(guard,
                "org.stressharness.jcstress.maps.ResizeLoss.SynchronizedMap",
                "org.stressharness.jcstress.maps.ResizeLoss.LockedMap",
                "org.stressharness.jcstress.maps.ResizeLoss.ReadWriteLockedMap");

        var guardResult = ResultConverter.convert(guard, info(guard), List.of(fork), CONTEXT);
        assertThat(guardResult.jcstress().role()).isEqualTo(JcstressDetail.Role.GUARD);
        assertThat(guardResult.jcstress().twins()).containsExactly(demo);
    }

    /**
     * A demonstration that did not fire says, on an architecture where it was measured never to fire, what that
     * measurement was; elsewhere, and for one that fired, the message is the plain count.
     */
    @Test
    void aSilentDemonstrationQuotesItsEvidenceOnlyWhereItWasMeasured() {
        String opaque = "org.stressharness.jcstress.publication.SnapshotPublication.Opaque";
        String plain = "org.stressharness.jcstress.publication.SnapshotPublication.PlainField";
        TestResult quiet = fork(org.openjdk.jcstress.infra.Status.NORMAL, "1", 60, "2", 40);
        assertThat(JcstressEngine.neverFiredOn(info(opaque), "amd64").evidence())
                .startsWith("never in 4,214,420,748 samples of jcstress's full default matrix")
                .endsWith("docs/runs/x86_64-default-matrix-9/");
        assertThat(JcstressEngine.neverFiredOn(info(opaque), "x86_64")).isNotNull();
        assertThat(JcstressEngine.neverFiredOn(info(opaque), "aarch64")).as("not measured on ARM").isNull();
        assertThat(JcstressEngine.neverFiredOn(info(plain), "amd64")).as("it fires on x86").isNull();

        String arch = System.getProperty("os.arch");
        String message = ResultConverter.convert(opaque, info(opaque), List.of(quiet), CONTEXT).message();
        if (JcstressEngine.neverFiredOn(info(opaque), arch) != null) {
            assertThat(message).isEqualTo("100 samples, no interesting outcome; expected on " + arch + ": "
                    + JcstressEngine.neverFiredOn(info(opaque), arch).evidence());
        } else {
            assertThat(message).isEqualTo("100 samples, no interesting outcome");
        }
        assertThat(ResultConverter.convert(plain, info(plain), List.of(quiet), CONTEXT).message())
                .isEqualTo("100 samples, no interesting outcome");
    }

    @Test
    void eachNotableOutcomeIsKeptWithTheConfigurationsItCameFrom() throws Exception {
        org.openjdk.jcstress.Options options = new org.openjdk.jcstress.Options(new String[] {"-m", "quick"});
        options.parse();
        TestInfo info = info(STORE_BUFFERING);
        org.openjdk.jcstress.os.SchedulingClass scl = new org.openjdk.jcstress.os.SchedulingClass(
                org.openjdk.jcstress.os.AffinityMode.NONE, 2, org.openjdk.jcstress.os.NodeType.PACKAGE);
        TestResult plain = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 100, "1, 1", 50);
        plain.setConfig(new org.openjdk.jcstress.infra.runners.TestConfig(options, info, 0, List.of(),
                org.openjdk.jcstress.vm.CompileMode.UNIFIED, scl));
        TestResult stressed = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 90, "0, 0", 7);
        stressed.setConfig(new org.openjdk.jcstress.infra.runners.TestConfig(options, info, 0,
                List.of("-XX:+StressLCM", "-XX:StressSeed=42"), org.openjdk.jcstress.vm.CompileMode.UNIFIED, scl));
        TestResult stressedAgain = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 80);
        stressedAgain.setConfig(new org.openjdk.jcstress.infra.runners.TestConfig(options, info, 1,
                List.of("-XX:+StressLCM", "-XX:StressSeed=42"), org.openjdk.jcstress.vm.CompileMode.UNIFIED, scl));

        var result = ResultConverter.convert(STORE_BUFFERING, info, List.of(plain, stressed, stressedAgain), CONTEXT);

        assertThat(result.jcstress().byConfiguration()).hasSize(2);
        assertThat(result.jcstress().byConfiguration().get(0)).satisfies(c -> {
            assertThat(c.configuration()).startsWith("JVM []");
            assertThat(c.forks()).isEqualTo(1);
            assertThat(c.samples()).isEqualTo(150);
            assertThat(c.notable()).isEmpty();
        });
        assertThat(result.jcstress().byConfiguration().get(1)).satisfies(c -> {
            assertThat(c.configuration()).startsWith("JVM [-XX:+StressLCM, -XX:StressSeed=42]");
            assertThat(c.forks()).isEqualTo(2);
            assertThat(c.samples()).isEqualTo(177);
            assertThat(c.notable()).containsExactly(org.assertj.core.api.Assertions.entry("0, 0", 7L));
            // What harness reproduce needs to run exactly this configuration again, seed included.
            assertThat(c.replay().jvmArgs()).containsExactly("-XX:+StressLCM", "-XX:StressSeed=42");
            assertThat(c.replay().compileMode()).isEqualTo(org.openjdk.jcstress.vm.CompileMode.UNIFIED);
        });
    }

    @Test
    void aSplitCompilationIsNamedOnOneLine() {
        assertThat(ResultConverter.oneLine("split\n    writer: C2\n    reader: C1\n"))
                .isEqualTo("split: writer C2, reader C1");
        assertThat(ResultConverter.oneLine("unified across all actors")).isEqualTo("unified across all actors");
    }

    @Test
    void demonstrationWithoutItsRaceIsNotObservedNeverPassed() {
        TestResult fork = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 10, "1, 0", 5);

        var result = ResultConverter.convert(STORE_BUFFERING, info(STORE_BUFFERING), List.of(fork), CONTEXT);

        assertThat(result.status()).isEqualTo(Status.NOT_OBSERVED);
    }

    @Test
    void forbiddenOutcomeFailsTheGuard() {
        TestResult fork = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 10, "0, 0", 2);

        var result = ResultConverter.convert(VOLATILE_STORE_BUFFERING, info(VOLATILE_STORE_BUFFERING), List.of(fork),
                CONTEXT);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.message()).startsWith("forbidden outcome observed: [0, 0] 2");
    }

    @Test
    void possibleWorseCorruptionIsInterestingButAnImpossibleOutcomeFailsEvenTheDemonstration() {
        // Two entries lost with size() counting both is what a broken HashMap can do: interesting.
        var possible = ResultConverter.convert(LOST_PUT, info(LOST_PUT),
                List.of(fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 0", 10, "2, 2", 1)), CONTEXT);
        assertThat(possible.status()).isEqualTo(Status.INTERESTING);
        assertThat(possible.jcstress().outcomes()).filteredOn(o -> o.outcome().equals("2, 2")).singleElement()
                .satisfies(o -> assertThat(o.description()).startsWith("Worse corruption"));

        // size() three above the entries found cannot come from two puts: only a broken JVM shows it.
        var impossible = ResultConverter.convert(LOST_PUT, info(LOST_PUT),
                List.of(fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 0", 10, "0, 3", 1)), CONTEXT);
        assertThat(impossible.status()).isEqualTo(Status.FAILED);
        assertThat(impossible.jcstress().outcomes()).filteredOn(o -> o.outcome().equals("0, 3")).singleElement()
                .satisfies(o -> {
                    assertThat(o.expect()).isEqualTo(Expectation.FORBIDDEN);
                    assertThat(o.description()).startsWith("Impossible");
                });
    }

    @Test
    void selfReadOfTheUnsafeSingletonIsForbidden() {
        String dcl = "org.stressharness.jcstress.publication.DoubleCheckedLocking.PlainField";
        var result = ResultConverter.convert(dcl, info(dcl),
                List.of(fork(org.openjdk.jcstress.infra.Status.NORMAL, "42, 42", 10, "0, 0", 1)), CONTEXT);

        assertThat(result.status()).isEqualTo(Status.FAILED);
    }

    @Test
    void eachObservedOutcomeCountsOnceUnderTheFirstCaseThatMatchesIt() {
        String tree = "org.stressharness.jcstress.maps.TreeBinRace.PlainHashMap";
        var result = ResultConverter.convert(tree, info(tree),
                List.of(fork(org.openjdk.jcstress.infra.Status.NORMAL, "tree, intact", 10, "tree, lost 2", 1)),
                CONTEXT);

        assertThat(result.jcstress().outcomes()).filteredOn(o -> o.count() > 0)
                .extracting(OutcomeCount::outcome, OutcomeCount::count)
                .containsExactlyInAnyOrder(tuple("tree, intact", 10L), tuple("tree, lost 2", 1L));
        assertThat(result.status()).isEqualTo(Status.INTERESTING);
    }

    @Test
    void aForkTheWatchHaltedIsAnOutcomeWhereTheTestGradesNonTermination() {
        TestResult ok = fork(org.openjdk.jcstress.infra.Status.NORMAL, "tree, intact", 10);
        String demo = "org.stressharness.jcstress.maps.TreeBinRace.PlainHashMap";
        // The watch halts a fork stuck in a map operation (jcstress's estimator phase has no timeout) with its marker.
        TestResult halted = new TestResult(org.openjdk.jcstress.infra.Status.VM_ERROR);
        halted.addVMOuts(List.of(org.stressharness.jcstress.maps.NonTerminationWatch.MARKER + " (slot 2, over 20 s)"));
        var haltedResult = ResultConverter.convert(demo, info(demo), List.of(ok, halted), CONTEXT);
        assertThat(haltedResult.status()).isEqualTo(Status.INTERESTING);
        assertThat(haltedResult.message()).contains("[did not terminate] 1");
        // jcstress's timeout with the marker in the fork's output counts the same.
        TestResult timedOutLooping = new TestResult(org.openjdk.jcstress.infra.Status.TIMEOUT_ERROR);
        timedOutLooping.addVMOuts(List.of(org.stressharness.jcstress.maps.NonTerminationWatch.MARKER + " (slot 0)"));
        assertThat(ResultConverter.convert(demo, info(demo), List.of(ok, timedOutLooping), CONTEXT).message())
                .contains("[did not terminate] 1");
        String guard = "org.stressharness.jcstress.maps.TreeBinRace.LockedMap";
        assertThat(ResultConverter.convert(guard, info(guard), List.of(ok, halted), CONTEXT).status())
                .isEqualTo(Status.FAILED);
        // A crash without the marker is still an infrastructure error.
        TestResult crashed = new TestResult(org.openjdk.jcstress.infra.Status.VM_ERROR);
        crashed.addVMErrs(List.of("# A fatal error has been detected"));
        assertThat(ResultConverter.convert(demo, info(demo), List.of(ok, crashed), CONTEXT).status())
                .isEqualTo(Status.ERROR);
    }

    @Test
    void aTimeoutWithoutTheWatchsMarkerIsAMachineFaultNeverAFailedGuard() {
        TestResult ok = fork(org.openjdk.jcstress.infra.Status.NORMAL, "tree, intact", 10);
        TestResult hung = new TestResult(org.openjdk.jcstress.infra.Status.TIMEOUT_ERROR);
        hung.addMessage("Timeout waiting for tasks to complete: 30001 ms");

        String guard = "org.stressharness.jcstress.maps.TreeBinRace.LockedMap";
        var guarded = ResultConverter.convert(guard, info(guard), List.of(ok, hung), CONTEXT);
        assertThat(guarded.status()).isEqualTo(Status.ERROR);
        assertThat(guarded.message()).contains("TIMEOUT_ERROR without the watch's loop marker")
                .contains("Timeout waiting for tasks").contains("(configuration not recorded)");
        assertThat(guarded.jcstress().outcomes())
                .noneMatch(o -> o.count() > 0 && o.outcome().equals("did not terminate"));

        String demo = "org.stressharness.jcstress.maps.TreeBinRace.PlainHashMap";
        assertThat(ResultConverter.convert(demo, info(demo), List.of(ok, hung), CONTEXT).status())
                .isEqualTo(Status.ERROR);
        // A test that does not grade non-termination keeps jcstress's timeout as an error too.
        assertThat(ResultConverter.convert(STORE_BUFFERING, info(STORE_BUFFERING),
                List.of(fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 10), hung), CONTEXT).status())
                .isEqualTo(Status.ERROR);
    }

    @Test
    void aStructuralTestOnAUsersMapSaysWhatItCouldNotEstablish() {
        String resize = "org.stressharness.jcstress.maps.ResizeLoss.ConcurrentMap";
        var context = new ResultConverter.Context("-m quick", null, "rerun", 1, "com.acme.MyMap");
        var onUserMap = ResultConverter.convert(resize, info(resize),
                List.of(fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 0", 10)), context);
        assertThat(onUserMap.status()).isEqualTo(Status.PASSED);
        assertThat(onUserMap.message()).contains("not established for --map com.acme.MyMap")
                .contains("resizes the table from 16 to 32 slots");

        var onDefault = ResultConverter.convert(resize, info(resize),
                List.of(fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 0", 10)), CONTEXT);
        assertThat(onDefault.message()).doesNotContain("not established");

        // A race that needs no structural change says nothing more with a user's map.
        var lostPut = ResultConverter.convert(LOST_PUT, info(LOST_PUT),
                List.of(fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 0", 10)), context);
        assertThat(lostPut.message()).doesNotContain("not established");
    }

    @Test
    void unseenCatchAllOutcomeIsListedToo() {
        TestResult fork = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 0", 10);

        var result = ResultConverter.convert(LOST_PUT, info(LOST_PUT), List.of(fork), CONTEXT);

        assertThat(result.status()).isEqualTo(Status.NOT_OBSERVED);
        assertThat(result.jcstress().outcomes())
                .extracting(OutcomeCount::outcome, OutcomeCount::count, OutcomeCount::expect)
                .contains(tuple(ResultConverter.OTHER_OUTCOMES, 0L, Expectation.FORBIDDEN),
                        tuple("1, 0", 0L, Expectation.ACCEPTABLE_INTERESTING));
    }

    @Test
    void crashedForkIsAnErrorWithItsOutput() {
        TestResult ok = fork(org.openjdk.jcstress.infra.Status.NORMAL, "0, 1", 10);
        TestResult crashed = new TestResult(org.openjdk.jcstress.infra.Status.VM_ERROR);
        crashed.addMessage("fork exited with 134");
        crashed.addVMErrs(List.of("# A fatal error has been detected"));

        var result = ResultConverter.convert(STORE_BUFFERING, info(STORE_BUFFERING), List.of(ok, crashed), CONTEXT);

        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.message()).contains("VM_ERROR").contains("fork exited with 134");
        assertThat(result.output()).contains("# A fatal error has been detected");
        assertThat(result.jcstress().samples()).isEqualTo(10);
    }

    @Test
    void noResultAtAllIsAnError() {
        var result = ResultConverter.convert(STORE_BUFFERING, info(STORE_BUFFERING), List.of(), CONTEXT);

        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.message()).contains("no result");
    }

    private static TestInfo info(String test) {
        TestInfo info = TestList.getInfo(test);
        assertThat(info).as("jcstress test list entry for %s", test).isNotNull();
        return info;
    }

    private static TestResult fork(org.openjdk.jcstress.infra.Status status, Object... stateCounts) {
        TestResult r = new TestResult(status);
        for (int i = 0; i < stateCounts.length; i += 2) {
            r.addState((String) stateCounts[i], ((Number) stateCounts[i + 1]).longValue());
        }
        return r;
    }
}
