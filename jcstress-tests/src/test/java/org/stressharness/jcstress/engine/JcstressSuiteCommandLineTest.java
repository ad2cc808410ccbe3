package org.stressharness.jcstress.engine;

import org.stressharness.results.suite.ExitCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JcstressSuiteCommandLineTest {

    @Test
    void badArgumentsAreOneLineAndExitTwo() {
        for (String[] args : new String[][] {{"--out"}, {"--profile", "fast", "--out", "x"},
                {"--out", "x", "--only", "("}, {"--out", "x", "--bogus"}, {"--profile", "smoke"}}) {
            Outcome o = run(args);
            assertThat(o.status).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE.code());
            assertThat(o.err.lines()).as(String.join(" ", args)).singleElement().asString()
                    .startsWith("jcstress suite: ");
        }
    }

    @Test
    void aSelectionFileRunsExactlyItsTestsInItsOrder(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path tests = dir.resolve("tests.txt");
        java.nio.file.Files.write(tests, List.of("org.stressharness.jcstress.maps.LostPut.PlainHashMap",
                "org.stressharness.jcstress.fences.StoreBuffering.Plain"));

        Outcome o = run("--list", "--tests", tests.toString());

        assertThat(o.status).isZero();
        assertThat(o.out.lines()).containsExactly("org.stressharness.jcstress.maps.LostPut.PlainHashMap",
                "org.stressharness.jcstress.fences.StoreBuffering.Plain");
        java.nio.file.Files.write(tests, List.of("org.stressharness.jcstress.NoSuchTest"));
        Outcome unknown = run("--list", "--tests", tests.toString());
        assertThat(unknown.status).isEqualTo(ExitCode.USAGE.code());
        assertThat(unknown.err).contains("no test named 'org.stressharness.jcstress.NoSuchTest'");
    }

    @Test
    void listPrintsTheSelectedTestsGuardsAfterTheirDemonstrations() {
        Outcome o = run("--profile", "smoke", "--list", "--only", "StoreBuffering");

        assertThat(o.status).isZero();
        // A guard runs after its demonstrations, so that it can run where they broke.
        assertThat(o.out.lines()).containsExactly(
                "org.stressharness.jcstress.fences.StoreBuffering.Opaque",
                "org.stressharness.jcstress.fences.StoreBuffering.Plain",
                "org.stressharness.jcstress.fences.StoreBuffering.ReleaseAcquire",
                "org.stressharness.jcstress.fences.StoreBuffering.FullFence",
                "org.stressharness.jcstress.fences.StoreBuffering.Volatile");
    }

    @Test
    void onlyMatchingNothingIsAUsageError() {
        Outcome o = run("--profile", "smoke", "--out", "unused", "--only", "NoSuchTest");

        assertThat(o.status).isEqualTo(ExitCode.USAGE.code());
        assertThat(o.err.lines()).singleElement().asString().contains("matches no jcstress test");
    }

    @Test
    void unusableMapIsAUsageError() {
        Outcome missing = run("--profile", "smoke", "--out", "unused", "--map", "com.acme.NoSuchMap");
        Outcome notAMap = run("--profile", "smoke", "--out", "unused", "--map", "java.lang.String");

        assertThat(missing.status).isEqualTo(ExitCode.USAGE.code());
        assertThat(missing.err).contains("not found");
        assertThat(notAMap.status).isEqualTo(ExitCode.USAGE.code());
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
