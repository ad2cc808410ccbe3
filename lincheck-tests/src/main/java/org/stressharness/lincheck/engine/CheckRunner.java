package org.stressharness.lincheck.engine;

import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.stressharness.results.model.LincheckDetail;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;
import org.stressharness.results.suite.ReproduceCommandLine;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Pattern;

/** Runs one {@link LincheckCheck} at a profile's settings and grades the outcome into a {@link TestResult}. */
public final class CheckRunner {

    private final Profile profile;
    private final String userMapClass;
    private final List<Path> userTests;
    /** Why runConcurrentTest cannot be trusted on this JDK (its planted bug went uncaught), or null. */
    private String concurrentTestsBlind;

    /**
     * @param userMapClass the {@code --map} class name, for the reproduce command; null when none
     */
    public CheckRunner(Profile profile, String userMapClass) {
        this(profile, userMapClass, List.of());
    }

    /**
     * @param userMapClass the {@code --map} class name, for the reproduce command; null when none
     * @param userTests    the team's check paths ({@code --lincheck-tests}), for the reproduce command; empty: none
     */
    public CheckRunner(Profile profile, String userMapClass, List<Path> userTests) {
        this.profile = profile;
        this.userMapClass = userMapClass;
        this.userTests = List.copyOf(userTests);
    }

    public TestResult run(LincheckCheck check) {
        if (check.testMethod() != null) {
            return runConcurrentTest(check);
        }
        ExplorationSettings settings = ExplorationSettings.of(profile, check.strategy());
        int iterations = searchesLonger(check) ? settings.searchIterations() : settings.iterations();
        Map<String, Object> options = settings.toOptions(iterations, check.checkObstructionFreedom(),
                check.sequentialSpecification());
        String cannot = tooFewCpus(check.strategy(), Runtime.getRuntime().availableProcessors());
        if (cannot != null) {
            return result(check, options, Status.ERROR, 0, cannot, null, null, null);
        }
        long start = System.nanoTime();
        String report = null;
        try {
            options(check, check.strategy(), check.checkObstructionFreedom(), settings,
                    iterations).check(check.target());
        } catch (LincheckAssertionError e) {
            report = e.getMessage();
        } catch (Throwable e) {
            return result(check, options, Status.ERROR, elapsedMs(start), "Lincheck could not run: " + e,
                    stackTrace(e), null, null);
        }
        String kind = report == null ? null : FailureKind.of(report);
        Verdict verdict = grade(check, kind, report);
        if (verdict.status() == Status.INTERESTING && check.countAtRest() != null) {
            // A count that is wrong during updates is the documented estimate only if it is right at rest.
            String atRest = restingCountFailure(check);
            if (atRest != null) {
                verdict = new Verdict(Status.FAILED, "size()/isEmpty() are corrupted, not merely lagging: the same "
                        + "map's count is wrong once updates stop (" + FailureKind.of(atRest) + "), so the history "
                        + "is explained by a corrupted count, not the documented estimate");
                report = report + "\n\n= The count at rest (" + check.countAtRest().getSimpleName() + ") =\n" + atRest;
            }
        }
        long ms = elapsedMs(start);
        return result(check, options, verdict.status(), ms, verdict.message(), null, kind, report);
    }

    /**
     * A team's {@code Lincheck.runConcurrentTest} test, run as written: a failing interleaving Lincheck reports is
     * FAILED, the test's own failed assertion too; anything else it throws is ERROR (no verdict).
     */
    private TestResult runConcurrentTest(LincheckCheck check) {
        Map<String, Object> options = Map.of("runConcurrentTest", check.implementation() + "." + check.testMethod()
                + "()");
        boolean control = check.kind() == CheckKind.NEGATIVE_CONTROL;
        if (!control && concurrentTestsBlind != null) {
            return result(check, options, Status.ERROR, 0, "not graded: " + concurrentTestsBlind, null, null, null);
        }
        long start = System.nanoTime();
        Throwable thrown;
        try {
            Class<?> type = Class.forName(check.implementation(), true, CheckRunner.class.getClassLoader());
            Object instance = type.getConstructor().newInstance();
            type.getMethod(check.testMethod()).invoke(instance);
            thrown = null;
        } catch (java.lang.reflect.InvocationTargetException e) {
            thrown = e.getCause();
        } catch (ReflectiveOperationException | LinkageError e) {
            return result(check, options, Status.ERROR, elapsedMs(start), "cannot run the test: " + e, stackTrace(e),
                    null, null);
        }
        long ms = elapsedMs(start);
        if (thrown instanceof LincheckAssertionError found) {
            String what = "Lincheck found an interleaving that fails the test: " + firstLine(found.getMessage(),
                    "Error: ");
            return control
                    ? result(check, options, Status.PASSED, ms, "caught as expected: " + what, null,
                            FailureKind.of(found.getMessage()), found.getMessage())
                    : result(check, options, Status.FAILED, ms, what, null, FailureKind.of(found.getMessage()),
                            found.getMessage());
        }
        if (control) {
            // The planted bug went uncaught: every runConcurrentTest pass on this JDK would mean nothing.
            concurrentTestsBlind = "Lincheck.runConcurrentTest missed the planted bug " + check.name() + " on JDK "
                    + Runtime.version() + ", so a pass here would mean nothing";
            return result(check, options, Status.FAILED, ms, "checker has no teeth: " + concurrentTestsBlind
                    + (thrown == null ? "" : " (it threw " + thrown + ")"), thrown == null ? null : stackTrace(thrown),
                    null, null);
        }
        if (thrown instanceof AssertionError failed) {
            return result(check, options, Status.FAILED, ms, "the test's assertion failed: " + failed.getMessage(),
                    stackTrace(failed), null, null);
        }
        if (thrown != null) {
            return result(check, options, Status.ERROR, ms, "the test threw " + thrown, stackTrace(thrown), null,
                    null);
        }
        return result(check, options, Status.PASSED, ms, null, null, null, null);
    }

    /**
     * Runs the finding's count-at-rest target under model checking with this profile's bound for a check that
     * must pass; its failure report, or null when the count held.
     */
    private String restingCountFailure(LincheckCheck check) {
        ExplorationSettings mc = ExplorationSettings.of(profile, Strategy.MODEL_CHECKING);
        try {
            options(check, Strategy.MODEL_CHECKING, false, mc, mc.iterations()).check(check.countAtRest());
            return null;
        } catch (LincheckAssertionError e) {
            return e.getMessage();
        }
    }

    private TestResult result(LincheckCheck check, Map<String, Object> options, Status status, long ms,
                              String message, String output, String failureKind, String report) {
        LincheckDetail detail = new LincheckDetail(check.strategy().id(), check.implementation(), options,
                check.kind() != CheckKind.CORRECT, failureKind, report);
        return new TestResult(Source.LINCHECK, check.name(), check.description(), status, ms, message, output,
                reproduce(check), detail);
    }

    /**
     * Negative controls, and findings under model checking, search up to the larger bound: Lincheck stops at the
     * first failure, so it costs time only when nothing is found, and a miss there would be a false verdict.
     * A finding under stress depends on real timing; it gets the ordinary bound and is reported "not reproduced"
     * when it does not show.
     */
    static boolean searchesLonger(LincheckCheck check) {
        return check.kind() == CheckKind.NEGATIVE_CONTROL
                || (check.kind() == CheckKind.FINDING && check.strategy() == Strategy.MODEL_CHECKING);
    }

    /**
     * Stress testing finds a race only when threads really run at once. On a single CPU they never do: a pass
     * proves little and a missed negative control is no verdict on the checker (measured: the controls went
     * uncaught under {@code taskset -c 0}), so such a check is not run, as jcstress does not schedule a test
     * with more actors than CPUs. More threads than CPUs still overlap in pairs and did catch every control
     * on 2 CPUs with 3 threads (nightly). Model checking explores interleavings itself and runs anywhere.
     * Returns why not, or null.
     */
    static String tooFewCpus(Strategy strategy, int cpus) {
        return strategy == Strategy.STRESS && cpus < 2
                ? "not run: the stress strategy needs at least 2 CPUs to run its threads at once, this JVM has " + cpus
                : null;
    }

    record Verdict(Status status, String message) {
    }

    /** Grades the failure kind Lincheck reported (null: it passed) by what the check expects. */
    static Verdict grade(LincheckCheck check, String kind, String report) {
        return switch (check.kind()) {
            case CORRECT -> kind == null
                    ? new Verdict(Status.PASSED, null)
                    : new Verdict(Status.FAILED, "reported non-linearizable: " + kind);
            case NEGATIVE_CONTROL -> {
                if (kind == null) {
                    yield new Verdict(Status.FAILED,
                            "checker has no teeth: the broken map was not caught at these settings");
                }
                yield check.expectedFailureKind().equals(kind)
                        ? new Verdict(Status.PASSED, "caught as expected: " + kind)
                        : new Verdict(Status.FAILED,
                                "caught, but as " + kind + " instead of " + check.expectedFailureKind());
            }
            case FINDING -> {
                if (kind == null) {
                    yield new Verdict(Status.NOT_OBSERVED, "the documented finding did not show at these settings "
                            + "(no evidence either way)");
                }
                if (FailureKind.VALIDATION.equals(kind)) {
                    yield new Verdict(Status.FAILED, "validation failed once the concurrent part was over: "
                            + firstLine(report, "Exception: ")
                            + " (a corrupted state, not the documented finding)");
                }
                if (check.expectedFailureKind().equals(kind) && !hasEvidence(check, report)) {
                    yield new Verdict(Status.FAILED, "reported non-linearizable: " + kind
                            + ", and the minimized scenario fails without the documented finding");
                }
                yield check.expectedFailureKind().equals(kind)
                        ? new Verdict(Status.INTERESTING, "documented finding reproduced: " + kind)
                        : new Verdict(Status.FAILED,
                                "unexpected failure: " + kind
                                        + " (the documented finding is " + check.expectedFailureKind() + ")");
            }
        };
    }

    /** The first line of {@code report} that contains {@code words} (the validation's exception), or the words. */
    private static String firstLine(String report, String words) {
        return report == null ? words
                : report.lines().filter(l -> l.contains(words)).findFirst().map(String::strip).orElse("see the report");
    }

    /** Whether the minimized scenario (the report before the interleaving) shows the finding's evidence. */
    private static boolean hasEvidence(LincheckCheck check, String report) {
        if (check.evidence() == null) {
            return true;
        }
        int interleaving = report.indexOf("The following interleaving");
        String scenario = interleaving < 0 ? report : report.substring(0, interleaving);
        return Pattern.compile(check.evidence()).matcher(scenario).find();
    }

    private static Options<?, ?> options(LincheckCheck check, Strategy strategy, boolean obstructionFreedom,
                                         ExplorationSettings s, int iterations) {
        Options<?, ?> options = switch (strategy) {
            case MODEL_CHECKING -> new ModelCheckingOptions().checkObstructionFreedom(obstructionFreedom);
            case STRESS -> new StressOptions();
        };
        // The exploration's size is the same setting for both strategies.
        options.iterations(iterations);
        options.invocationsPerIteration(s.invocations());
        options.threads(s.threads());
        options.actorsPerThread(s.actorsPerThread());
        options.actorsBefore(s.actorsBefore());
        options.actorsAfter(s.actorsAfter());
        if (check.sequentialSpecification() != null) {
            options.sequentialSpecification(check.sequentialSpecification());
        }
        return options;
    }

    private String reproduce(LincheckCheck check) {
        ReproduceCommandLine command = ReproduceCommandLine.rerun("lincheck", profile, check.name());
        if (userMapClass != null) {
            command.option("--map", userMapClass).option("--classpath", "<jars>");
        }
        if (!userTests.isEmpty()) {
            command.option("--lincheck-tests", String.join(File.pathSeparator, userTests.stream()
                    .map(Path::toString).toList()));
        }
        return command.toString();
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
