package org.stressharness.jcstress.runner;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.infra.runners.TestList;
import org.openjdk.jcstress.vm.CompileMode;
import org.openjdk.jcstress.vm.VMSupport;
import org.stressharness.results.model.Profile;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the quick profile and {@code harness reproduce} ask the engine to run: the quick profile adds to the JVM's
 * defaults one fork with C2's randomizers and every actor in C2 (where compiler reorderings show on x86), each
 * such fork with its own stress seed; a replay runs exactly the recorded configuration, seed included.
 */
class ProfilePlanTest {

    private static final String TEST = "org.stressharness.jcstress.maps.LostPut.PlainHashMap";

    @Test
    void quickAddsARandomizedAllC2ForkToTheDefaults() throws Exception {
        JcstressEngine engine = started(Profile.QUICK, List.of());
        assumeTrue(VMSupport.compilerDirectivesAvailable() && VMSupport.c2Available(),
                "this JVM has no compiler directives or no C2: the quick profile runs the defaults only");
        TestInfo info = TestList.getInfo(TEST);

        List<TestConfig> plan = engine.plan(info);

        assertThat(plan).hasSize(2);
        TestConfig plain = plan.get(0);
        TestConfig randomized = plan.get(1);
        assertThat(plain.getCompileMode()).isEqualTo(CompileMode.UNIFIED);
        assertThat(plain.jvmArgs).noneMatch(a -> a.startsWith("-XX:+Stress") || a.startsWith("-XX:StressSeed"));
        assertThat(randomized.jvmArgs).contains("-XX:+StressLCM", "-XX:+StressGCM", "-XX:+StressIGVN")
                .anyMatch(a -> a.startsWith("-XX:StressSeed="));
        for (int actor = 0; actor < info.threads(); actor++) {
            assertThat(CompileMode.isC2(randomized.getCompileMode(), actor)).as("actor %d in C2", actor).isTrue();
        }
        // Each fork draws its own seed, so repeated forks try different C2 schedules.
        List<String> seeds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seeds.add(seedOf(engine.plan(info).get(1)));
        }
        assertThat(seeds).doesNotHaveDuplicates();
    }

    @Test
    void aReplayRunsOnlyTheRecordedConfigurationWithItsSeed() throws Exception {
        int mode = 5;
        List<String> recorded = List.of("-XX:-UseBiasedLocking", "-XX:+StressLCM", "-XX:+StressGCM",
                "-XX:StressSeed=12345");
        JcstressEngine engine = started(Profile.QUICK, List.of("--replay-jvm-args", String.join(" ", recorded),
                "--replay-compile-mode", Integer.toString(mode), "--replay-forks", "3"));

        List<TestConfig> plan = engine.plan(TestList.getInfo(TEST));

        assertThat(plan).hasSize(3).allSatisfy(c -> {
            assertThat(c.jvmArgs).isEqualTo(recorded);
            assertThat(c.getCompileMode()).isEqualTo(mode);
        });
    }

    private static String seedOf(TestConfig config) {
        return config.jvmArgs.stream().filter(a -> a.startsWith("-XX:StressSeed=")).findFirst().orElseThrow();
    }

    private static JcstressEngine started(Profile profile, List<String> suiteOptions) throws Exception {
        ProfileSettings settings = ProfileSettings.of(profile);
        Options options = new Options(settings.jcstressOptions().toArray(String[]::new));
        assertThat(options.parse()).isTrue();
        JcstressEngine engine = new JcstressEngine(options, settings, ReplayOptions.parse(suiteOptions));
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(PrintStream.nullOutputStream()));
            engine.start();
        } finally {
            System.setOut(out);
        }
        return engine;
    }
}
