package org.stressharness.jcstress.engine;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.infra.runners.TestList;
import org.openjdk.jcstress.os.Scheduler;
import org.openjdk.jcstress.os.topology.Topology;
import org.stressharness.results.model.Profile;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seam to jcstress's internals: {@link JcstressEngine} plans the forks of one test at a time, which jcstress's
 * public API cannot do, so it repeats what {@code JCStress.run()} does. This test asks jcstress itself, through
 * its private planning methods, what it would run for the same options and tests (the nightly profile: every
 * JVM configuration, split compilation), and fails when the two plans differ: after a jcstress upgrade, this is
 * the test to read first.
 */
class PlanMatchesJcstressTest {

    @Test
    void theEnginePlansTheForksJcstressWouldPlan() throws Exception {
        Options options =
                new Options(new String[] {"-m", "default", "-t", "maps\\.LostPut\\.(PlainHashMap|LockedMap)$"});
        assertThat(options.parse()).isTrue();
        PrintStream out = System.out;
        JcstressEngine engine = new JcstressEngine(options, JcstressSettings.of(Profile.NIGHTLY),
                EngineOptions.parse(List.of()));
        JCStress jcstress = new JCStress(options);
        try {
            System.setOut(new PrintStream(PrintStream.nullOutputStream()));
            engine.start();
        } finally {
            System.setOut(out);
        }
        SortedSet<String> tests = jcstress.getTests();
        assertThat(tests).containsExactly("org.stressharness.jcstress.maps.LostPut.LockedMap",
                "org.stressharness.jcstress.maps.LostPut.PlainHashMap");

        Method schedule = JCStress.class.getDeclaredMethod("computeSchedulingClasses", SortedSet.class,
                Scheduler.class);
        Method prepare = JCStress.class.getDeclaredMethod("prepareRunProgram", Map.class, Set.class);
        schedule.setAccessible(true);
        prepare.setAccessible(true);
        Object classes = schedule.invoke(jcstress, tests, new Scheduler(Topology.get(), options.getCPUCount()));
        @SuppressWarnings("unchecked")
        List<TestConfig> theirs = (List<TestConfig>) prepare.invoke(jcstress, classes, tests);
        List<TestConfig> ours = tests.stream().flatMap(t -> engine.plan(TestList.getInfo(t)).stream()).toList();

        assertThat(theirs).isNotEmpty();
        assertThat(ours.stream().map(PlanMatchesJcstressTest::key).sorted().toList())
                .isEqualTo(theirs.stream().map(PlanMatchesJcstressTest::key).sorted().toList());
    }

    /** A fork's identity; jcstress draws each fork's C2 stress seed anew, so only its presence is compared. */
    private static String key(TestConfig c) {
        return c.name + " fork " + c.forkId + " " + c.jvmArgs.toString().replaceAll("StressSeed=\\d+", "StressSeed=*")
                + " mode " + c.getCompileMode() + " " + c.getSchedulingClass();
    }
}
