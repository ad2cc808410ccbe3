package org.stressharness.report.markdown;

import org.stressharness.report.model.Run;
import org.stressharness.report.model.Status;
import org.stressharness.report.model.TestResult;

import java.util.Map;

/** A short Markdown summary of a run, sized for a CI job summary. */
public final class MarkdownSummary {

    public String render(Run run) {
        StringBuilder md = new StringBuilder();
        md.append("# stress-harness run `").append(run.id()).append("`\n\n");
        var host = run.host();
        if (host != null) {
            md.append("Profile **").append(run.profile()).append("** on ").append(host.arch()).append(", ")
                    .append(host.cpuModel()).append(", ").append(host.cores()).append(" cores, ")
                    .append(host.jvmVendor()).append(' ').append(host.jvmVersion())
                    .append(run.complete() ? "" : " — **partial run**").append("\n\n");
        }
        md.append("| status | count |\n|---|---|\n");
        for (Map.Entry<Status, Integer> e : run.countByStatus().entrySet()) {
            md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
        }
        md.append('\n');
        boolean header = false;
        for (TestResult r : run.results()) {
            if (r.status() == Status.PASSED) {
                continue;
            }
            if (!header) {
                md.append("| status | source | test | what |\n|---|---|---|---|\n");
                header = true;
            }
            md.append("| ").append(r.status()).append(" | ").append(r.source()).append(" | `").append(r.name())
                    .append("` | ").append(cell(r.message())).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
