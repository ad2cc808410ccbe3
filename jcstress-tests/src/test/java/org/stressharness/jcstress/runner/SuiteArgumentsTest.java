package org.stressharness.jcstress.runner;

import org.junit.jupiter.api.Test;
import org.stressharness.results.model.Profile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuiteArgumentsTest {

    @Test
    void parsesTheForkContract() throws Exception {
        SuiteArguments a = SuiteArguments.parse(new String[] {"--profile", "Quick", "--out", "x/jcstress",
                "--only", "maps\\.", "--map", "com.acme.MyMap"});

        assertThat(a.profile()).isEqualTo(Profile.QUICK);
        assertThat(a.out()).isEqualTo(Path.of("x/jcstress"));
        assertThat(a.mapClass()).isEqualTo("com.acme.MyMap");
        assertThat(a.list()).isFalse();
        assertThat(a.selects("org.stressharness.jcstress.maps.HashMapLostPut")).isTrue();
        assertThat(a.selects("org.stressharness.jcstress.fences.PlainStoreBuffering")).isFalse();
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> SuiteArguments.parse(new String[] {"--out", "x"}))
                .isInstanceOf(UsageException.class).hasMessageContaining("--profile");
        assertThatThrownBy(() -> SuiteArguments.parse(new String[] {"--profile", "fast", "--out", "x"}))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown profile");
        assertThatThrownBy(() -> SuiteArguments.parse(new String[] {"--profile", "smoke", "--out", "x", "--only", "("}))
                .isInstanceOf(UsageException.class).hasMessageContaining("invalid regular expression");
        assertThatThrownBy(() -> SuiteArguments.parse(new String[] {"--profile", "smoke", "--bogus"}))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown argument");
        assertThatThrownBy(() -> SuiteArguments.parse(new String[] {"--profile", "smoke", "--out"}))
                .isInstanceOf(UsageException.class).hasMessageContaining("needs a value");
    }

    @Test
    void listPrintsTheSelectedTests() {
        Outcome o = run("--profile", "smoke", "--list", "--only", "StoreBuffering");

        assertThat(o.status).isZero();
        assertThat(o.out.lines()).containsExactly(
                "org.stressharness.jcstress.fences.FullFenceStoreBuffering",
                "org.stressharness.jcstress.fences.OpaqueStoreBuffering",
                "org.stressharness.jcstress.fences.PlainStoreBuffering",
                "org.stressharness.jcstress.fences.ReleaseAcquireStoreBuffering",
                "org.stressharness.jcstress.fences.VolatileStoreBuffering");
    }

    @Test
    void onlyMatchingNothingIsAUsageError() {
        Outcome o = run("--profile", "smoke", "--out", "unused", "--only", "NoSuchTest");

        assertThat(o.status).isEqualTo(JcstressSuite.EXIT_USAGE);
        assertThat(o.err.lines()).singleElement().asString().contains("matches no jcstress test");
    }

    @Test
    void unusableMapIsAUsageError() {
        Outcome missing = run("--profile", "smoke", "--out", "unused", "--map", "com.acme.NoSuchMap");
        Outcome notAMap = run("--profile", "smoke", "--out", "unused", "--map", "java.lang.String");

        assertThat(missing.status).isEqualTo(JcstressSuite.EXIT_USAGE);
        assertThat(missing.err).contains("not found");
        assertThat(notAMap.status).isEqualTo(JcstressSuite.EXIT_USAGE);
        assertThat(notAMap.err).contains("is not a java.util.Map");
    }

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = JcstressSuite.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
