package org.stressharness.jcstress.engine;

import org.stressharness.results.model.ProfileSettings.Coverage;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.TestExecutor;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.DiskWriteCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.MuxCollector;
import org.openjdk.jcstress.infra.collectors.SerializedBufferCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.collectors.TestResultCollector;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.infra.runners.TestList;
import org.openjdk.jcstress.os.AffinityMode;
import org.openjdk.jcstress.os.OSSupport;
import org.openjdk.jcstress.os.Scheduler;
import org.openjdk.jcstress.os.SchedulingClass;
import org.openjdk.jcstress.os.topology.Topology;
import org.openjdk.jcstress.vm.CompileMode;
import org.openjdk.jcstress.vm.VMSupport;
import org.stressharness.api.CompilerReorderings;
import org.stressharness.api.NeverFiredOn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs jcstress tests one at a time with jcstress's own executor, each into its own result file.
 *
 * <p>This is what {@code JCStress.run()} does, split in two: the JVM probing (about 25 short-lived JVMs,
 * several seconds) happens once in {@link #start()}, and {@link #run} then plans and executes a single
 * test. Calling {@code JCStress.run()} per test would repeat the probing for every test, which alone would
 * exceed the quick profile's time budget.
 */
final class JcstressEngine {

    private final Options options;
    private final JcstressSettings settings;
    private final EngineOptions engineOptions;
    private final Map<Integer, List<SchedulingClass>> schedulingByActors = new HashMap<>();
    private Scheduler scheduler;
    private List<VMSupport.Config> configurations;
    /** The defaults' twin with C2's randomizers, for {@link Coverage#DEFAULTS_AND_RANDOMIZED_C2}. */
    private VMSupport.Config randomized;

    JcstressEngine(Options options, JcstressSettings settings, EngineOptions engineOptions) {
        this.options = options;
        this.settings = settings;
        this.engineOptions = engineOptions;
    }

    /** Probes the JVM and the CPU topology; prints to System.out as jcstress does. */
    void start() {
        OSSupport.init();
        VMSupport.initFlags(options);
        VMSupport.detectAvailableVMConfigs(options.isSplitCompilation(), options.getJvmArgs(),
                options.getJvmArgsPrepend());
        List<VMSupport.Config> available = VMSupport.getAvailableVMConfigs();
        if (available.isEmpty()) {
            throw new IllegalStateException("jcstress found no usable JVM configuration (see jcstress-console.log)");
        }
        Coverage coverage = settings.coverage();
        VMSupport.Config plain = plainConfiguration(available);
        configurations = coverage == Coverage.MATRIX ? List.copyOf(available) : List.of(plain);
        if (coverage == Coverage.DEFAULTS_AND_RANDOMIZED_C2) {
            randomized = VMSupport.compilerDirectivesAvailable() ? randomizedTwin(plain, available) : null;
            System.out.println(randomized == null
                    ? "No C2 randomizer configuration with compiler directives: only the JVM defaults run"
                    : "Randomized C2 configuration: " + randomized.origArgs());
        }
        Topology topology = Topology.get();
        topology.printStatus(System.out);
        scheduler = new Scheduler(topology, options.getCPUCount());
    }

    /**
     * Runs one test in every planned configuration, then, under a test budget, the favoured forks
     * ({@link FavouredForks}) while the budget lasts, then, for a demonstration whose profile asks for it, randomized
     * forks one at a time until it shows what the profile looks for ({@link #chases}); writes jcstress's results to
     * {@code resultFile}, and each fork as it finishes to {@code timeline}.
     *
     * <p>A guard first runs the forks it owes its demonstrations ({@link PairForks}): in each configuration family
     * where one of them broke earlier in this run, as many forks as the demonstration needed there per break, up to
     * as many in all
     * as a demonstration may chase ({@link JcstressSettings#untilSeenForks()}: the same cost, for the same reason);
     * under a test budget, the budget's rounds go first to whatever it still owes.
     *
     * @param demonstrations for a guard, its demonstrations that ran before it in this run (empty otherwise)
     * @return the forks run, empty when the test cannot be scheduled on this machine's CPUs
     */
    List<TestConfig> run(String testName, Path resultFile, ForkTimeline timeline,
                         List<org.stressharness.results.model.TestResult> demonstrations) throws Exception {
        TestInfo info = TestList.getInfo(testName);
        if (info == null) {
            throw new IllegalArgumentException("no jcstress test named " + testName);
        }
        List<TestConfig> plan = plan(info);
        if (plan.isEmpty()) {
            return plan;
        }
        Files.createDirectories(resultFile.toAbsolutePath().getParent());
        DiskWriteCollector disk = new DiskWriteCollector(resultFile.toString());
        SerializedBufferCollector sink = new SerializedBufferCollector(disk);
        List<TestConfig> ran = new ArrayList<>(plan);
        try {
            long start = System.nanoTime();
            // The executor hands each fork's result to the collectors before runAll returns; the buffered sink
            // writes it later, so the forks seen so far are also kept in the timeline, to choose the favoured ones.
            TestResultCollector collectors = MuxCollector.of(sink, timeline);
            new TestExecutor(options.verbosity(), collectors, scheduler).runAll(plan);
            long perFork = (System.nanoTime() - start) / plan.size();
            boolean owes = engineOptions.replay() == null && !demonstrations.isEmpty();
            if (owes) {
                List<PairForks.Owed> owed = PairForks.owed(demonstrations, timeline.forks(), settings.untilSeenForks());
                if (!owed.isEmpty()) {
                    List<TestConfig> pair = PairForks.forks(options, info, owed, ran.size());
                    new TestExecutor(options.verbosity(), collectors, scheduler).runAll(pair);
                    ran.addAll(pair);
                }
            }
            if (budgeted(info)) {
                long deadline = start + settings.testBudget().toNanos();
                List<FavouredForks.Favoured> favoured = FavouredForks.of(timeline.forks(), info);
                while (true) {
                    // A guard spends its budget first on what it still owes its demonstrations, a fork in each
                    // configuration where one broke more often than the guard ran it; then as any test does.
                    List<PairForks.Owed> stillOwed = owes
                            ? PairForks.owed(demonstrations, timeline.forks(), Integer.MAX_VALUE) : List.of();
                    List<TestConfig> round = !stillOwed.isEmpty()
                            ? PairForks.forks(options, info, PairForks.onceEach(stillOwed), ran.size())
                            : FavouredForks.round(options, info, favoured, ran.size());
                    if (round.isEmpty() || System.nanoTime() + perFork * round.size() > deadline) {
                        break;
                    }
                    new TestExecutor(options.verbosity(), collectors, scheduler).runAll(round);
                    ran.addAll(round);
                }
            }
            boolean chases = chases(info);
            for (int i = 0; chases && i < settings.untilSeenForks(); i++) {
                List<TestResult> soFar = timeline.forks();
                List<FavouredForks.Favoured> chase = untilSeenReached(soFar, info) ? List.of()
                        : FavouredForks.chase(soFar, info);
                if (chase.isEmpty()) {
                    break;
                }
                // One fork at a time, so the test stops as soon as it has what it looks for; each with a new seed.
                List<TestConfig> fork = FavouredForks.round(options, info, List.of(chase.get(i % chase.size())),
                        ran.size());
                new TestExecutor(options.verbosity(), collectors, scheduler).runAll(fork);
                ran.addAll(fork);
            }
        } finally {
            sink.close();
            disk.close();
        }
        return ran;
    }

    /**
     * Whether the test runs forks until seen after its plan and budget ({@link JcstressSettings#untilSeenForks()}), in
     * the randomized configurations it ran ({@link FavouredForks#chase}): a compiler-reordering topic's
     * demonstration, not one measured never to fire on this architecture ({@link NeverFiredOn}), nor a replay.
     */
    boolean chases(TestInfo info) {
        return settings.untilSeenForks() > 0 && engineOptions.replay() == null && ResultConverter.demonstrates(info)
                && compilerReorderings(info) && neverFiredHere(info) == null;
    }

    /** Whether the forks so far show what the profile's forks until seen look for. */
    private boolean untilSeenReached(List<TestResult> forks, TestInfo info) {
        return switch (settings.untilSeen()) {
            case FIRST_NOTABLE -> forks.stream().anyMatch(f -> FavouredForks.showsNotable(f, info));
            case EVERY_INTERESTING -> FavouredForks.unseenInteresting(forks, info).isEmpty();
        };
    }

    /** Whether the test gets forks beyond its plan: a compiler-reordering topic's, under a budget, not a replay. */
    private boolean budgeted(TestInfo info) {
        return settings.testBudget() != null && engineOptions.replay() == null && compilerReorderings(info);
    }

    /** Reads a result file back with jcstress's own reader: one entry per fork. */
    static List<TestResult> read(Path resultFile) throws Exception {
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(resultFile.toString(), collector);
        try {
            reader.dump();
        } finally {
            reader.close();
        }
        return new ArrayList<>(collector.getTestResults());
    }

    /** The forks jcstress will run for {@code info}: what {@code JCStress.run()} would plan for the same options. */
    List<TestConfig> plan(TestInfo info) {
        List<SchedulingClass> classes = schedulingByActors.computeIfAbsent(info.threads(),
                actors -> scheduler.scheduleClasses(actors, options.getCPUCount(), affinityFor(actors)));
        if (engineOptions.replay() != null) {
            return replayPlan(info, classes);
        }
        boolean split = settings.coverage() == Coverage.MATRIX && options.isSplitCompilation()
                && VMSupport.compilerDirectivesAvailable();
        List<TestConfig> plan = new ArrayList<>();
        for (VMSupport.Config config : configurations) {
            int forks = config.stress() ? options.getForks() * options.getForksStressMultiplier() : options.getForks();
            for (SchedulingClass scl : classes) {
                if (split) {
                    for (int mode : CompileMode.casesFor(info.threads(), VMSupport.c1Available(),
                            VMSupport.c2Available())) {
                        if (config.onlyIfC2() && !CompileMode.hasC2(mode, info.threads())) {
                            continue;
                        }
                        for (int f = 0; f < forks; f++) {
                            plan.add(new TestConfig(options, info, f, config.args(), mode, scl));
                        }
                    }
                } else {
                    for (int f = 0; f < forks; f++) {
                        plan.add(new TestConfig(options, info, f, config.args(), CompileMode.UNIFIED, scl));
                    }
                }
            }
        }
        if (randomized != null) {
            int forks = options.getForks() * options.getForksStressMultiplier();
            for (int mode : randomizedModes(info.threads(), compilerReorderings(info))) {
                for (SchedulingClass scl : classes) {
                    for (int f = 0; f < forks; f++) {
                        // args() draws a fresh stress seed for each fork: each fork tries another C2 schedule.
                        plan.add(new TestConfig(options, info, f, randomized.args(), mode, scl));
                    }
                }
            }
        }
        return plan;
    }

    /**
     * The compile modes of the quick profile's randomized forks, for a topic marked {@link CompilerReorderings}
     * (none for the others: their races show in any configuration, and the nightly profile runs every one): the
     * first actor (the writer, in the suite's tests) in C2 and the others in C1, where a torn snapshot showed in
     * every fork of the matrix against about half of the all-C2 forks; and every actor in C2 (a reader's loads are
     * reordered only in C2 code). With one actor, or without C1, every actor in C2 only.
     */
    static List<Integer> randomizedModes(int actors, boolean compilerReorderings) {
        if (!compilerReorderings) {
            return List.of();
        }
        int[] cases = CompileMode.casesFor(actors, VMSupport.c1Available(), VMSupport.c2Available());
        int allC2 = find(cases, actors, a -> true);
        if (actors < 2 || !VMSupport.c1Available()) {
            return List.of(allC2);
        }
        return List.of(find(cases, actors, a -> a == 0), allC2);
    }

    /** Whether the test's topic (its enclosing class, or the test itself) is marked {@link CompilerReorderings}. */
    static boolean compilerReorderings(TestInfo info) {
        Class<?> test = load(info);
        Class<?> topic = test.getEnclosingClass() != null ? test.getEnclosingClass() : test;
        return topic.isAnnotationPresent(CompilerReorderings.class)
                || test.isAnnotationPresent(CompilerReorderings.class);
    }

    /** The evidence that the test never fired on this JVM's architecture ({@code os.arch}), or null. */
    static NeverFiredOn neverFiredHere(TestInfo info) {
        return neverFiredOn(info, System.getProperty("os.arch"));
    }

    /** The evidence that the test never fired on {@code arch} (as {@code os.arch} names it), or null. */
    static NeverFiredOn neverFiredOn(TestInfo info, String arch) {
        NeverFiredOn never = load(info).getAnnotation(NeverFiredOn.class);
        return never != null && java.util.Arrays.asList(never.architectures()).contains(arch) ? never : null;
    }

    private static Class<?> load(TestInfo info) {
        try {
            return Class.forName(info.binaryName(), false, JcstressEngine.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("jcstress lists " + info.binaryName() + " but it cannot be loaded", e);
        }
    }

    /** The compile mode in which exactly the actors {@code inC2} selects run C2 code, and the others C1. */
    private static int find(int[] cases, int actors, java.util.function.IntPredicate inC2) {
        for (int mode : cases) {
            boolean match = true;
            for (int a = 0; a < actors; a++) {
                match &= inC2.test(a) ? CompileMode.isC2(mode, a) : CompileMode.isC1(mode, a);
            }
            if (match) {
                return mode;
            }
        }
        throw new IllegalStateException("jcstress has no such compile mode for " + actors + " actors");
    }

    /** The stress configuration whose other flags are {@code plain}'s: the defaults with C2's randomizers. */
    private static VMSupport.Config randomizedTwin(VMSupport.Config plain, List<VMSupport.Config> available) {
        for (VMSupport.Config c : available) {
            if (c.stress() && c.origArgs().containsAll(plain.origArgs())
                    && c.origArgs().stream().filter(a -> !plain.origArgs().contains(a)).allMatch(a
                            -> a.startsWith("-XX:+Stress"))) {
                return c;
            }
        }
        return null;
    }

    /**
     * The forks of one recorded configuration: its JVM arguments as they were (a recorded {@code -XX:StressSeed}
     * stops jcstress drawing a new one, so C2's randomizers make the same choices) and its compile modes.
     */
    private List<TestConfig> replayPlan(TestInfo info, List<SchedulingClass> classes) {
        List<TestConfig> plan = new ArrayList<>();
        for (SchedulingClass scl : classes) {
            for (int f = 0; f < engineOptions.forks(); f++) {
                plan.add(new TestConfig(options, info, f, engineOptions.replay().jvmArgs(),
                        engineOptions.replay().compileMode(), scl));
            }
        }
        return plan;
    }

    /**
     * jcstress pins a fork to as many CPUs as the test has actors; a single-actor test (none in the suite today)
     * floats over all CPUs, as jcstress's own planning would not pin one CPU to it usefully either.
     */
    private AffinityMode affinityFor(int actors) {
        return actors < 2 ? AffinityMode.NONE : options.affinityMode();
    }

    /**
     * The configuration closest to a plain {@code java} launch: no compiler stress flags, no forced
     * interpreter or C1, biased locking left at the JVM's default.
     */
    private static VMSupport.Config plainConfiguration(List<VMSupport.Config> available) {
        for (VMSupport.Config c : available) {
            List<String> args = c.args();
            boolean special = c.stress() || args.contains("-Xint") || args.contains("-XX:+UseBiasedLocking")
                    || args.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel")
                            || a.equals("-XX:-TieredCompilation"));
            if (!special) {
                return c;
            }
        }
        return available.get(0);
    }
}
