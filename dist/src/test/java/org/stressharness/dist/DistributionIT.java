package org.stressharness.dist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release archive runs on its own: unpacked outside the checkout, its launcher runs one test of each suite
 * from the archive's own jars and classpaths (every classpath entry inside the archive), into one report.
 */
class DistributionIT {

    @TempDir
    Path unpacked;

    @TempDir
    Path work;

    @Test
    void theUnpackedArchiveRunsOneTestOfEachSuite() throws Exception {
        Path archive = Path.of(System.getProperty("dist.archive"));
        assertThat(archive).isRegularFile();
        assertThat(run(unpacked, List.of("tar", "-xzf", archive.toString()), 60).exitCode).isZero();
        Path home = unpacked.resolve(archive.getFileName().toString().replace(".tar.gz", ""));
        for (String suite : List.of("lincheck-tests", "scenarios")) {
            List<String> entries = List.of(Files.readString(home.resolve(suite + "/target/runtime-classpath.txt"))
                    .strip().split(java.io.File.pathSeparator));
            assertThat(entries).as(suite).isNotEmpty().allSatisfy(e -> {
                assertThat(Path.of(e).isAbsolute()).as(e).isFalse();
                assertThat(home.resolve(suite + "/target").resolve(e)).isRegularFile();
            });
        }

        Result r = run(work, List.of(home.resolve("harness").toString(), "run", "--profile", "smoke", "--only",
                "maps\\.LostPut\\.PlainHashMap$|^HashMapNegativeControl\\.modelChecking$|^int-array$"), 600);

        assertThat(r.exitCode).as(r.output).isZero();
        Path runs = work.resolve("reports/out");
        assertThat(runs.resolve("latest/run.json")).as(r.output).isRegularFile();
        String json = Files.readString(runs.resolve("latest/run.json"));
        assertThat(json).contains("org.stressharness.jcstress.maps.LostPut.PlainHashMap",
                "HashMapNegativeControl.modelChecking", "int-array");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path dir, List<String> command, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("dist", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
