package org.stressharness.report.html;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessMemoryTableTest {

    @Test
    void residentSetAndNmtCategoriesAreRowsAndTheMomentsColumns() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("nmtThreadAtEndBytes", 2.0 * (1 << 20));
        m.put("rssAtStartBytes", 40.0 * (1 << 20));
        m.put("rssAtEndBytes", 90.0 * (1 << 20));
        m.put("nmtJavaHeapAtStartBytes", 16.0 * (1 << 20));
        m.put("elementsAtOom", 1000.0);
        StringBuilder h = new StringBuilder();

        ProcessMemoryTable.render(h, m);

        assertThat(h.toString()).startsWith("<table><tr><th>process memory</th><th>at the start</th><th>at the "
                + "alert</th>"
                        + "<th>at the end</th></tr>")
                .contains("<tr><td>resident set (RSS)</td><td class=\"n\">40.0 MiB</td><td class=\"n\">—</td>"
                        + "<td class=\"n\">90.0 MiB</td></tr><tr><td>NMT java heap</td>")
                .contains("<td>NMT thread</td>").doesNotContain("elementsAtOom");
        assertThat(ProcessMemoryTable.row("nmtGcAtAlertBytes")).isEqualTo("nmtGc");
        assertThat(ProcessMemoryTable.row("heapUsedAtOomBytes")).isNull();
    }
}
