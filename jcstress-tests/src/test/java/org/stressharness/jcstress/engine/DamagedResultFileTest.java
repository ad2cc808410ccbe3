package org.stressharness.jcstress.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A jcstress result file that is missing, empty, cut short or not jcstress's never reads as results: reading
 * fails or yields nothing, and the suite then records the test as ERROR ("no result"), never as PASSED.
 */
class DamagedResultFileTest {

    @TempDir
    Path dir;

    private static boolean unreadable(Path file) {
        try {
            List<org.openjdk.jcstress.infra.collectors.TestResult> forks = JcstressEngine.read(file);
            return forks.isEmpty();
        } catch (Exception e) {
            return true;
        }
    }

    /** A real result file of one HashMapLostPut run (smoke profile, 2-core x86_64). */
    private Path realFile() throws Exception {
        Path file = dir.resolve("real.bin.gz");
        try (var in = getClass().getResourceAsStream("/results/HashMapLostPut.bin.gz")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aWholeRealFileReads() throws Exception {
        assertThat(JcstressEngine.read(realFile())).hasSize(1);
    }

    @Test
    void aRealFileCutShortReadsAsNoResult() throws Exception {
        byte[] whole = Files.readAllBytes(realFile());
        for (int percent : new int[]{90, 50, 10}) {
            Path cut = Files.write(dir.resolve("cut-" + percent + ".bin.gz"),
                    java.util.Arrays.copyOf(whole, whole.length * percent / 100));
            assertThat(unreadable(cut)).as(percent + "% of the file").isTrue();
        }
    }

    @Test
    void missingFile() {
        assertThat(unreadable(dir.resolve("missing.bin.gz"))).isTrue();
    }

    @Test
    void emptyFile() throws Exception {
        assertThat(unreadable(Files.write(dir.resolve("empty.bin.gz"), new byte[0]))).isTrue();
    }

    @Test
    void foreignFile() throws Exception {
        assertThat(unreadable(Files.writeString(dir.resolve("foreign.bin.gz"), "{\"not\": \"jcstress\"}"))).isTrue();
    }

    @Test
    void truncatedGzipOfForeignContent() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("some other tool's output, long enough to be cut in the middle".repeat(50).getBytes());
        }
        byte[] whole = bytes.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThat(unreadable(Files.write(dir.resolve("cut.bin.gz"), cut))).isTrue();
    }
}
