package org.stressharness.lincheck.engine;

import org.jetbrains.lincheck.Lincheck;
import org.junit.jupiter.api.Test;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's {@code Lincheck.runConcurrentTest} tests, found and run as written: a racy counter's lost increment is
 * caught (FAILED, with Lincheck's interleaving), an atomic one passes.
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
    void aRacyConcurrentTestFailsWithTheInterleavingAndACorrectOnePasses() {
        CheckRunner runner = new CheckRunner(Profile.SMOKE, null, List.of(Path.of("team-classes")));

        TestResult racy = runner.run(check("plainCounterLosesAnIncrement"));
        TestResult atomic = runner.run(check("atomicCounterCountsBoth"));

        assertThat(racy.status()).isEqualTo(Status.FAILED);
        assertThat(racy.message()).startsWith("Lincheck found an interleaving that fails the test: ")
                .contains("counted 1 of 2");
        assertThat(racy.lincheck().failureText()).isNotBlank();
        assertThat(atomic.status()).isEqualTo(Status.PASSED);
        assertThat(atomic.reproduce()).contains("--lincheck-tests team-classes");
    }

    private static LincheckCheck check(String method) {
        return new LincheckCheck("Counters." + method, "", null, Counters.class.getName(), Strategy.MODEL_CHECKING,
                CheckKind.CORRECT, false, null, null, null, null, method);
    }
}
