package org.stressharness.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.json.RunFile;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three doors on the worked example (examples/your-tests, built earlier in this reactor build): its own
 * jcstress topic with a guard paired by {@code @GuardOf}, its own Lincheck check beside our negative controls, its
 * own memory workload driven to OutOfMemoryError, in one smoke run, as the README runs it.
 */
@Tag("e2e")
class TeamTestsEndToEndTest {

    private static final Path EXAMPLE = HarnessHome.locate().root().resolve("examples/your-tests/target/classes");

    @TempDir
    Path out;

    @Test
    void aTeamsJcstressTestLincheckCheckAndWorkloadRunThroughTheSuites() {
        int exit = HarnessCommand.execute("run", "--profile", "smoke", "--out", out.toString(),
                "--jcstress-tests", EXAMPLE.toString(), "--lincheck-tests", EXAMPLE.toString(),
                "--workload", "com.example.counter.EventLogWorkload", "--classpath", EXAMPLE.toString());

        Run run = RunFile.read(out.resolve("latest"));
        assertThat(run.complete()).isTrue();
        // Where runConcurrentTest misses its planted bug (measured on Temurin 25) the team's such test is not graded
        // and the run is red; where it catches it (JDK 17) nothing failed.
        boolean concurrentTestsSee = named(run, "PlantedConcurrentBug.lostIncrement").status() == Status.PASSED;
        assertThat(exit).as("nothing forbidden, nothing failed").isEqualTo(concurrentTestsSee ? 0 : 1);

        // jcstress: only the team's tests, the guard paired with its demonstration.
        assertThat(run.results().stream().filter(r -> r.jcstress() != null).map(TestResult::name))
                .containsExactlyInAnyOrder("com.example.counter.HitCounterStress.Plain",
                        "com.example.counter.HitCounterStress.Atomic");
        TestResult demonstration = named(run, "com.example.counter.HitCounterStress.Plain");
        assertThat(demonstration.status()).isIn(Status.NOT_OBSERVED, Status.INTERESTING);
        assertThat(demonstration.jcstress().samples()).isPositive();
        TestResult guard = named(run, "com.example.counter.HitCounterStress.Atomic");
        assertThat(guard.status()).isEqualTo(Status.PASSED);
        assertThat(guard.jcstress().twins()).containsExactly("com.example.counter.HitCounterStress.Plain");
        assertThat(guard.reproduce()).contains("--jcstress-tests " + EXAMPLE);

        // Lincheck: the team's check under both strategies, and our planted bugs caught on this JDK.
        assertThat(named(run, "HitCounterLinearizability.modelChecking").status()).isEqualTo(Status.PASSED);
        assertThat(named(run, "HitCounterLinearizability.stress").status()).isEqualTo(Status.PASSED);
        assertThat(named(run, "HitCounterConcurrency.twoThreadsCountTwoHits").status())
                .isEqualTo(concurrentTestsSee ? Status.PASSED : Status.ERROR);
        assertThat(run.results().stream().filter(r -> r.name().contains("NegativeControl")))
                .isNotEmpty().allSatisfy(r -> assertThat(r.status()).as(r.name()).isEqualTo(Status.PASSED));
        assertThat(run.results().stream().map(TestResult::name)).noneMatch(n -> n.startsWith("ConcurrentHashMap"));

        // Memory: the team's workload, to its OutOfMemoryError, with the figures of any scenario.
        TestResult workload = named(run, "workload");
        assertThat(workload.status()).isEqualTo(Status.PASSED);
        assertThat(workload.description()).contains("EventLog").contains("com.example.counter.EventLogWorkload");
        assertThat(workload.scenario().metrics()).containsKeys("elementsAtOom", "bytesPerElement");
        assertThat(run.results().stream().filter(r -> r.scenario() != null)).hasSize(1);
    }

    private static TestResult named(Run run, String name) {
        return run.results().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no result named " + name));
    }
}
