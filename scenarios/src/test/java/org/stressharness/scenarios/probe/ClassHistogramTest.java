package org.stressharness.scenarios.probe;

import org.junit.jupiter.api.Test;
import org.stressharness.results.model.ClassFootprint;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassHistogramTest {

    @Test
    void parsesTheDiagnosticCommandsTable() {
        String text = """
                 num     #instances         #bytes  class name (module)
                -------------------------------------------------------
                   1:        110350        3531200  java.util.HashMap$Node (java.base@17.0.15)
                   2:        212059        3392944  java.lang.Integer (java.base@17.0.15)
                   3:           365        1105072  [Ljava.util.HashMap$Node; (java.base@17.0.15)
                Total        322774        8029216
                """;
        assertThat(ClassHistogram.parse(text, 2)).containsExactly(
                new ClassFootprint("java.util.HashMap$Node", 110350, 3531200),
                new ClassFootprint("java.lang.Integer", 212059, 3392944));
    }

    @Test
    void readsThisJvmsHeap() throws Exception {
        List<Object> retained = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            retained.add(new HistogramMarker());
        }
        List<ClassFootprint> top = ClassHistogram.top(Integer.MAX_VALUE);
        assertThat(top).anySatisfy(c -> {
            assertThat(c.className()).isEqualTo(HistogramMarker.class.getName());
            assertThat(c.instances()).isGreaterThanOrEqualTo(200_000);
        });
        assertThat(retained).hasSize(200_000);
    }

    private static final class HistogramMarker {
    }
}
