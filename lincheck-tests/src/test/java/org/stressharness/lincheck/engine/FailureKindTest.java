package org.stressharness.lincheck.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureKindTest {

    @Test
    void namesLincheckHeadlines() {
        assertThat(FailureKind.of("= Invalid execution results =\n| ...")).isEqualTo("incorrect results");
        assertThat(FailureKind.of("= The algorithm should be non-blocking, but a lock is detected =\n"))
                .isEqualTo("obstruction-freedom violated");
        assertThat(FailureKind.of("= The execution has hung, see the thread dump =")).isEqualTo("deadlock");
        assertThat(FailureKind.of("= The execution has hung =\nAll unfinished threads are in livelock"))
                .isEqualTo("livelock");
        assertThat(FailureKind.of("= The execution failed with an unexpected exception =\n"))
                .isEqualTo("unexpected exception");
        assertThat(FailureKind.of("= Something new =\nmore")).isEqualTo("other: = Something new =");
        assertThat(FailureKind.of(null)).isEqualTo("unknown");
    }
}
