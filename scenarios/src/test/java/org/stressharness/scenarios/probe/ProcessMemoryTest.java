package org.stressharness.scenarios.probe;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessMemoryTest {

    /** As jcmd VM.native_memory summary prints it on JDK 17 (the JDK 25 lines differ only in extra fields). */
    private static final String SUMMARY = """
            Native Memory Tracking:

            (Omitting categories weighting less than 1KB)

            Total: reserved=7846293KB, committed=490789KB
                   mmap:   reserved=7832392KB, committed=476888KB

            -                 Java Heap (reserved=6172672KB, committed=397312KB)
                                        (mmap: reserved=6172672KB, committed=397312KB)

            -                     Class (reserved=1048843KB, committed=1739KB)
            -                    Thread (reserved=19506KB, committed=802KB)
                                        (stack: reserved=19456KB, committed=752KB)
            -                      Code (reserved=247916KB, committed=7776KB)
            -                        GC (reserved=267181KB, committed=52861KB)
            -    Native Memory Tracking (reserved=1133KB, committed=1133KB)
            -        Shared class space (reserved=16384KB, committed=13908KB, readonly=0KB)
            """;

    @Test
    void theSummaryGivesCommittedBytesPerCategory() {
        Map<String, Double> nmt = ProcessMemory.parse(SUMMARY);

        assertThat(nmt).containsEntry("nmt.total", 490789 * 1024.0)
                .containsEntry("nmt.javaHeap", 397312 * 1024.0)
                .containsEntry("nmt.class", 1739 * 1024.0)
                .containsEntry("nmt.thread", 802 * 1024.0)
                .containsEntry("nmt.gc", 52861 * 1024.0)
                .containsEntry("nmt.nativeMemoryTracking", 1133 * 1024.0)
                .containsEntry("nmt.sharedClassSpace", 13908 * 1024.0)
                .hasSize(8);
    }

    @Test
    void withoutTrackingTheReasonIsOneLine() {
        assertThatThrownBy(() -> ProcessMemory.parse("Native memory tracking is not enabled\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no native memory summary (Native memory tracking is not enabled): the JVM needs "
                        + "-XX:NativeMemoryTracking=summary");
    }

    @Test
    void thisProcessHasAResidentSet() throws Exception {
        assertThat(ProcessMemory.rssBytes()).isGreaterThan(1 << 20);
    }
}
