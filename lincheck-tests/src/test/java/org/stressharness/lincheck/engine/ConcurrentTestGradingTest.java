package org.stressharness.lincheck.engine;

import org.jetbrains.lincheck.Lincheck;
import org.junit.jupiter.api.Test;
import org.stressharness.lincheck.catalog.PlantedConcurrentBug;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A team's {@code Lincheck.runConcurrentTest} tests, found and run as written: where the planted bug is caught, a racy
 * counter's lost increment is FAILED with Lincheck's interleaving and an atomic one passes; where it is not (measured
 * on Temurin 25), no such test is graded.
 */
class ConcurrentTestGradingTest {

    /** Two threads increment a fresh counter; the test asserts both counted. Run by the engine, not by JUnit. */
    public static class Counters {

        /** A counter: its increment and its total. */
        interface Counter {
            void increment();

            long total();
        }

        private static void countTwice(java.util.function.Supplier<Counter> fresh) {
            Lincheck.runConcurrentTest(() -> {
                Counter counter = fresh.get();
                Thread other = new Thread(counter::increment);
                other.start();
                counter.increment();
                try {
                    other.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                if (counter.total() != 2) {
                    throw new AssertionError("counted " + counter.total() + " of 2");
                }
            });
        }

        @Test
        public void plainCounterLosesAnIncrement() {
            countTwice(() -> new Counter() {
                private long count;

                @Override
                public void increment() {
                    count++;
                }

                @Override
                public long total() {
                    return count;
                }
            });
        }

        @Test
        public void atomicCounterCountsBoth() {
            countTwice(() -> new Counter() {
                private final AtomicLong count = new AtomicLong();

                @Override
                public void increment() {
                    count.incrementAndGet();
                }

                @Override
                public long total() {
                    return count.get();
                }
            });
        }
    }

    @Test
    void aRacyTestFailsWhereThePlantedBugIsCaughtAndNoTestIsGradedWhereItIsNot() {
        CheckRunner runner = new CheckRunner(Profile.SMOKE, null, List.of(Path.of("team-classes")));

        TestResult control = runner.run(plantedBug());
        TestResult racy = runner.run(check("plainCounterLosesAnIncrement"));
        TestResult atomic = runner.run(check("atomicCounterCountsBoth"));

        if (control.status() == Status.PASSED) {
            assertThat(control.message()).startsWith("caught as expected: ");
            assertThat(racy.status()).isEqualTo(Status.FAILED);
            assertThat(racy.message()).startsWith("Lincheck found an interleaving that fails the test: ")
                    .contains("counted 1 of 2");
            assertThat(racy.lincheck().failureText()).isNotBlank();
            assertThat(atomic.status()).isEqualTo(Status.PASSED);
            assertThat(atomic.reproduce()).contains("--lincheck-tests team-classes");
        } else {
            // runConcurrentTest is blind on this JDK: the control says so and nothing is passed on its word.
            assertThat(control.status()).isEqualTo(Status.FAILED);
            assertThat(control.message()).startsWith("checker has no teeth: ");
            assertThat(List.of(racy, atomic)).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(Status.ERROR);
                assertThat(r.message()).startsWith("not graded: Lincheck.runConcurrentTest missed the planted bug");
            });
        }
    }

    @Test
    void onJdk17ThePlantedBugIsCaught() {
        assumeTrue(Runtime.version().feature() == 17, "measured on JDK 17 only; on Temurin 25 it went uncaught");
        assertThat(new CheckRunner(Profile.SMOKE, null).run(plantedBug()).status()).isEqualTo(Status.PASSED);
    }

    private static LincheckCheck plantedBug() {
        return new LincheckCheck("PlantedConcurrentBug.lostIncrement", "", null, PlantedConcurrentBug.class.getName(),
                Strategy.MODEL_CHECKING, CheckKind.NEGATIVE_CONTROL, false, "any", null, null, null, "lostIncrement");
    }

    private static LincheckCheck check(String method) {
        return new LincheckCheck("Counters." + method, "", null, Counters.class.getName(), Strategy.MODEL_CHECKING,
                CheckKind.CORRECT, false, null, null, null, null, method);
    }
}
