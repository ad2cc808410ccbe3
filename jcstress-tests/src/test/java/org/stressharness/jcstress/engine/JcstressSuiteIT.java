package org.stressharness.jcstress.engine;

import org.stressharness.results.model.ProfileSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.json.ResultLines;
import org.stressharness.results.model.ConfigurationEvidence;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Forks the shaded jar's suite runner the way the harness CLI does and checks what it wrote.
 *
 * <p>The whole suite runs once in the smoke profile: no guard may see a forbidden outcome and no test may
 * error. The demonstrations of program races (not memory-model ones) must break on every architecture: they
 * run once more, together, in the quick profile, where the rarest of them (a reader during a HashMap resize,
 * about 1 in 600 samples of 1.8 million here) shows thousands of times, so no retry is needed. The store
 * buffering demonstrations rely on x86's store buffer, measured here only: they run in the quick profile too, and
 * elsewhere that test is skipped.
 */
class JcstressSuiteIT {

    private static final Path JAR = Path.of(System.getProperty("jcstress.jar", "target/jcstress-tests.jar"));
    private static final String PACKAGE = "org.stressharness.jcstress.";
    /** Races in the program itself: they break wherever two threads run at once. */
    private static final List<String> PROGRAM_RACES = List.of(
            PACKAGE + "maps.LostPut.PlainHashMap",
            PACKAGE + "maps.ResizeLoss.PlainHashMap",
            PACKAGE + "maps.ReaderDuringResize.PlainHashMap",
            PACKAGE + "maps.CheckThenAct.GetThenPut",
            PACKAGE + "maps.ReadModifyWrite.GetThenPutIncrement");
    /** Store buffering: seen at about half the samples on x86 (measured); on other hardware not measured here. */
    private static final List<String> STORE_BUFFERING_ON_X86 = List.of(
            PACKAGE + "fences.StoreBuffering.Plain",
            PACKAGE + "fences.StoreBuffering.ReleaseAcquire");

    @TempDir
    static Path runDir;
    private static List<String> listed;
    private static Map<String, TestResult> smoke;

    @BeforeAll
    static void runTheSuiteInTheSmokeProfile() throws Exception {
        Fork list = fork(runDir, "--profile", "smoke", "--list");
        assertThat(list.status).as(list.output).isZero();
        listed = list.output.lines().filter(l -> !l.isBlank()).toList();

        Path out = runDir.resolve("smoke");
        Fork run = fork(out, "--profile", "smoke", "--out", out.toString());
        assertThat(run.status).as(run.output).isZero();
        smoke = new ResultLines(out.resolve("results.jsonl")).read().stream()
                .collect(Collectors.toMap(TestResult::name, Function.identity()));
    }

    @Test
    void everyTestReportsOnce() {
        assertThat(listed).hasSizeGreaterThanOrEqualTo(40);
        assertThat(smoke.keySet()).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void noGuardFailsAndNothingErrors() {
        assertThat(smoke.values())
                .filteredOn(r -> r.status() == Status.FAILED || r.status() == Status.ERROR)
                .extracting(r -> r.name() + " " + r.status() + ": " + r.message() + "\n" + r.output())
                .isEmpty();
    }

    @Test
    void everyResultCarriesItsEvidence() {
        assertThat(smoke.values()).allSatisfy(r -> {
            assertThat(r.jcstress().samples()).as(r.name()).isPositive();
            assertThat(r.jcstress().outcomes()).as(r.name()).isNotEmpty();
            assertThat(r.jcstress().configurations()).as(r.name()).first().asString().startsWith("jcstress -m quick");
            assertThat(runDir.resolve(r.jcstress().htmlReport())).as(r.name()).isRegularFile();
            assertThat(runDir.resolve("smoke/jcstress-results/" + r.name() + ".bin.gz")).isRegularFile();
        });
        assertThat(runDir.resolve("smoke/html/index.html")).isRegularFile();
    }

    @Test
    void aMatrixComparisonLosesNothingAgainstItselfAndMarksWhatARunMissed() throws Exception {
        String test = PACKAGE + "maps.LostPut.PlainHashMap";
        Map<String, List<org.openjdk.jcstress.infra.collectors.TestResult>> reference = Map.of(test,
                JcstressEngine.read(runDir.resolve("smoke/jcstress-results/" + test + ".bin.gz")));
        TestResult same = smoke.get(test);
        assertThat(MatrixComparison.compare(reference, Map.of(test, same)))
                .contains("| maps.LostPut.PlainHashMap | ").doesNotContain("LOST")
                .containsPattern("\\| \\d+ \\| none \\| \\d+ \\| none \\|");

        // The same run with its most frequent outcome never seen: the comparison must call it lost.
        JcstressDetail d = same.jcstress();
        OutcomeCount top = d.outcomes().stream().max(java.util.Comparator.comparingLong(OutcomeCount::count))
                .orElseThrow();
        List<OutcomeCount> without = d.outcomes().stream()
                .map(o -> o == top ? new OutcomeCount(o.outcome(), 0, o.expect(), o.description()) : o).toList();
        TestResult missing = new TestResult(same.source(), same.name(), same.description(), same.status(),
                same.durationMs(), same.message(), same.output(), same.reproduce(),
                new JcstressDetail(d.samples() - top.count(), without, d.configurations(), d.htmlReport(),
                        d.forks(), d.role(), d.twins(), d.byConfiguration()));
        assertThat(MatrixComparison.compare(reference, Map.of(test, missing)))
                .contains("| `" + top.outcome() + "` |").contains("**LOST**");
    }

    @Test
    void aTestBudgetRepeatsTheRandomizedConfigurationsWithNewSeeds() throws Exception {
        assumeTrue(Set.of("amd64", "x86_64", "aarch64").contains(System.getProperty("os.arch")),
                "C2's randomizers are known here on x86_64 and aarch64 only");
        Path out = runDir.resolve("budget");
        Fork run = fork(out, "--profile", "quick", "--out", out.toString(), "--only", "FlagFences\\.BothFences$",
                "--test-budget", "20");
        assertThat(run.status).as(run.output).isZero();
        TestResult r = new ResultLines(out.resolve("results.jsonl")).read().get(0);
        assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);

        // The quick plan is one plain and two randomized forks per scheduling class; the budget adds randomized
        // ones (the guard saw nothing notable), each with a seed of its own.
        List<ConfigurationEvidence> configs = r.jcstress().byConfiguration();
        int plain = configs.stream().filter(c -> !c.configuration().contains("StressSeed"))
                .mapToInt(ConfigurationEvidence::forks).sum();
        List<String> seeded = configs.stream().filter(c -> c.configuration().contains("StressSeed"))
                .map(ConfigurationEvidence::configuration).toList();
        assertThat(plain).isPositive();
        assertThat(seeded).hasSizeGreaterThan(2 * plain).doesNotHaveDuplicates();
        assertThat(r.jcstress().configurations().get(0)).contains("up to 20 s a test");
    }

    @Test
    void programRacesBreakOnEveryArchitecture() throws Exception {
        Path out = runDir.resolve("program-races");
        String only = "^(" + String.join("|", PROGRAM_RACES.stream().map(t -> t.replace(".", "\\.")).toList()) + ")$";
        Fork run = fork(out, "--profile", "quick", "--out", out.toString(), "--only", only);
        assertThat(run.status).as(run.output).isZero();
        Map<String, TestResult> quick = new ResultLines(out.resolve("results.jsonl")).read().stream()
                .collect(Collectors.toMap(TestResult::name, Function.identity()));
        assertThat(quick.keySet()).containsExactlyInAnyOrderElementsOf(PROGRAM_RACES);
        assertThat(quick.values()).allSatisfy(r -> assertThat(r.status()).as(r.name() + ": " + r.message())
                .isEqualTo(Status.INTERESTING));
    }

    /**
     * In the quick profile, not the smoke run: one 100 ms iteration on the 2-core machine once left the two
     * actors of StoreBuffering.ReleaseAcquire no overlap at all (0 in 72,676 samples), where a quick run shows
     * (0, 0) in about half of tens of millions.
     */
    @Test
    void storeBufferingShowsOnX86() throws Exception {
        String arch = System.getProperty("os.arch");
        assumeTrue(Set.of("amd64", "x86_64").contains(arch),
                "store buffering was measured on x86 only; not checked on " + arch);
        Path out = runDir.resolve("store-buffering");
        String only = "^(" + String.join("|", STORE_BUFFERING_ON_X86.stream().map(t -> t.replace(".", "\\.")).toList())
                + ")$";
        Fork run = fork(out, "--profile", "quick", "--out", out.toString(), "--only", only);
        assertThat(run.status).as(run.output).isZero();
        Map<String, TestResult> quick = new ResultLines(out.resolve("results.jsonl")).read().stream()
                .collect(Collectors.toMap(TestResult::name, Function.identity()));
        assertThat(quick.keySet()).containsExactlyInAnyOrderElementsOf(STORE_BUFFERING_ON_X86);
        assertThat(quick.values()).allSatisfy(r -> assertThat(r.status()).as(r.name() + ": " + r.message())
                .isEqualTo(Status.INTERESTING));
    }

    @Test
    void quickAddsARandomizedC2ForkThatAReplayRunsAgainExactly() throws Exception {
        Path out = runDir.resolve("quick-publication");
        String only = "publication\\.SnapshotPublication\\.PlainField$";
        Fork run = fork(out, "--profile", "quick", "--out", out.toString(), "--only", only);
        assertThat(run.status).as(run.output).isZero();
        TestResult quick = new ResultLines(out.resolve("results.jsonl")).read().get(0);
        // The defaults, and a randomized fork per scheduling class with its own seed.
        assertThat(quick.jcstress().byConfiguration()).hasSizeGreaterThanOrEqualTo(2);
        ConfigurationEvidence randomized = quick.jcstress().byConfiguration().stream()
                .filter(c -> c.replay().jvmArgs().contains("-XX:+StressGCM")).findFirst().orElseThrow();
        assertThat(randomized.replay().jvmArgs()).anyMatch(a -> a.startsWith("-XX:StressSeed="));
        forksStopWhenTheDemonstrationFires(quick);

        Path again = runDir.resolve("replay-publication");
        Fork replay = fork(again, "--profile", "quick", "--out", again.toString(), "--only", only,
                "--replay-jvm-args", String.join(" ", randomized.replay().jvmArgs()),
                "--replay-compile-mode", Integer.toString(randomized.replay().compileMode()), "--replay-forks", "2");
        assertThat(replay.status).as(replay.output).isZero();
        TestResult replayed = new ResultLines(again.resolve("results.jsonl")).read().get(0);
        assertThat(replayed.jcstress().byConfiguration()).singleElement().satisfies(c -> {
            assertThat(c.replay()).isEqualTo(randomized.replay());
            assertThat(c.configuration()).isEqualTo(randomized.configuration());
            assertThat(c.forks() % 2).as("2 forks per scheduling class").isZero();
        });
    }

    /**
     * A demonstration that has not fired after the quick plan (the defaults and two randomized forks per scheduling
     * class) runs more randomized forks, one at a time, until one shows its interesting outcome or sixteen have run.
     * The configurations are listed in the order their forks ran, each randomized fork with a seed of its own; the
     * checks hold whether the plan fired or not.
     */
    private static void forksStopWhenTheDemonstrationFires(TestResult quick) {
        List<ConfigurationEvidence> configs = quick.jcstress().byConfiguration();
        int classes = configs.stream().filter(c -> !c.configuration().contains("StressSeed"))
                .mapToInt(ConfigurationEvidence::forks).sum();
        List<ConfigurationEvidence> seeded = configs.stream().filter(c -> c.configuration().contains("StressSeed"))
                .toList();
        assertThat(seeded).allSatisfy(c -> assertThat(c.forks()).isEqualTo(1));
        boolean planFired = configs.stream().filter(c -> !c.configuration().contains("StressSeed"))
                .anyMatch(c -> !c.notable().isEmpty())
                || seeded.subList(0, 2 * classes).stream().anyMatch(c -> !c.notable().isEmpty());
        List<ConfigurationEvidence> extra = seeded.subList(2 * classes, seeded.size());
        assertThat(extra).hasSizeLessThanOrEqualTo(ProfileSettings.QUICK_UNTIL_SEEN_FORKS);
        if (planFired) {
            assertThat(extra).as("the plan fired: no fork more").isEmpty();
        } else if (!extra.isEmpty()) {
            assertThat(extra.subList(0, extra.size() - 1)).as("every fork but the last missed")
                    .allSatisfy(c -> assertThat(c.notable()).isEmpty());
            if (extra.size() < ProfileSettings.QUICK_UNTIL_SEEN_FORKS) {
                assertThat(extra.get(extra.size() - 1).notable()).as("stopped early: the last fired").isNotEmpty();
            }
        } else {
            org.assertj.core.api.Assertions.fail("neither the plan nor a fork after it ran where it fired: " + configs);
        }
        assertThat(quick.jcstress().configurations().get(0)).contains("up to 16 more randomized forks");
    }

    @Test
    void aGuardRunsAsManyForksAsItsDemonstrationRanWhereItBroke() throws Exception {
        // The run so far: the demonstration broke in one of two forks of a configuration the guard's own plan never
        // runs (the serial collector). The guard, run next in the same run directory, owes two forks there.
        Path out = runDir.resolve("pair");
        String family = "JVM [-XX:+UseSerialGC], unified across all actors";
        String demonstration = PACKAGE + "publication.SnapshotPublication.PlainField";
        JcstressDetail broke = new JcstressDetail(2_000, List.of(
                new OutcomeCount("2", 1_990, org.stressharness.results.model.Expectation.ACCEPTABLE, "new"),
                new OutcomeCount("0", 10, org.stressharness.results.model.Expectation.ACCEPTABLE_INTERESTING,
                        "torn")), List.of("jcstress -m quick", family), null, 2, JcstressDetail.Role.DEMONSTRATION,
                List.of(), List.of(new ConfigurationEvidence(family, 2, 2_000, Map.of("0", 10L),
                        new ConfigurationEvidence.Replay(List.of("-XX:+UseSerialGC"), -1), 1)));
        new ResultLines(out.resolve("results.jsonl")).append(new TestResult(
                org.stressharness.results.model.Source.JCSTRESS, demonstration, null, Status.INTERESTING, 1, "torn",
                null, null, broke));

        Fork run = fork(out, "--profile", "quick", "--out", out.toString(), "--only",
                "publication\\.SnapshotPublication\\.VolatileField$");
        assertThat(run.status).as(run.output).isZero();
        TestResult guard = new ResultLines(out.resolve("results.jsonl")).read().get(1);
        assertThat(guard.status()).as(guard.message()).isEqualTo(Status.PASSED);
        assertThat(guard.jcstress().byConfiguration()).filteredOn(c -> c.family().equals(family))
                .extracting(ConfigurationEvidence::forks).containsExactly(2);
    }

    @Test
    void userMapReachesTheForks() throws Exception {
        // ConcurrentHashMap cannot lose a put, so the HashMap demonstration run against it cannot fire: NOT_OBSERVED.
        Path out = runDir.resolve("user-map");
        Fork run = fork(out, "--profile", "smoke", "--out", out.toString(), "--only", "maps\\.LostPut\\.PlainHashMap$",
                "--map", "java.util.concurrent.ConcurrentHashMap");
        assertThat(run.status).as(run.output).isZero();
        List<TestResult> results = new ResultLines(out.resolve("results.jsonl")).read();
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).as(r.message()).isEqualTo(Status.NOT_OBSERVED);
            assertThat(r.jcstress().samples()).isPositive();
            assertThat(r.jcstress().configurations())
                    .anySatisfy(c -> assertThat(c).contains("-Dharness.map=java.util.concurrent.ConcurrentHashMap"));
        });
    }

    private record Fork(int status, String output) {
    }

    private static Fork fork(Path workDir, String... args) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR.toAbsolutePath().toString(), JcstressSuite.class.getName()));
        command.addAll(List.of(args));
        Path log = workDir.resolve("fork.log");
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("suite fork did not finish in 15 minutes: " + command);
        }
        return new Fork(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
