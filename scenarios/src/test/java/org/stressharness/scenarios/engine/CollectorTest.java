package org.stressharness.scenarios.engine;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CollectorTest {

    /** The flags are HotSpot's own names, and the one this JVM runs with is among them when it runs a known one. */
    @Test
    void eachCollectorSelectsItselfWithHotSpotsFlag() {
        assertThat(Arrays.stream(Collector.values()).map(Collector::flag))
                .containsExactly("-XX:+UseG1GC", "-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseZGC");
        assertThat(Collector.parse("zgc")).isEqualTo(Collector.Z);
        assertThat(Collector.parse("Serial").flag()).isEqualTo("-XX:+UseSerialGC");
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.matches("-XX:\\+Use\\w+GC"))
                .forEach(a -> assertThat(Arrays.stream(Collector.values()).map(Collector::flag)).contains(a));
    }
}
