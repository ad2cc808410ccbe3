package org.stressharness.report.html;

import org.stressharness.report.stats.NotObserved;
import org.stressharness.report.text.Figures;
import org.stressharness.results.model.ConfigurationEvidence;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;

import java.util.List;

/**
 * A jcstress result's body: every outcome with its count, frequency and grade (or, for a notable outcome never
 * seen, the bound over forks), the samples and configurations, and where the notable outcomes came from.
 */
final class JcstressSection {

    private JcstressSection() {
    }

    /** @param ownPage the link to jcstress's own page for the test, as the page should write it; null when none */
    static void render(StringBuilder h, JcstressDetail d, String ownPage) {
        List<OutcomeCount> outcomes = d.outcomes() == null ? List.of() : d.outcomes();
        h.append("<table><tr><th>outcome</th><th>count</th><th>frequency</th><th>grade</th><th>description</th></tr>");
        for (OutcomeCount o : outcomes) {
            Expectation grade = o.expect() == null ? Expectation.UNKNOWN : o.expect();
            h.append("<tr").append(o.count() > 0 ? " class=\"seen-" + grade + "\"" : "").append("><td><code>")
                    .append(Html.escape(o.outcome())).append("</code></td><td class=\"n\">").append(Figures.count(o.count()))
                    .append("</td>");
            if (o.count() > 0 || !notable(grade)) {
                h.append("<td class=\"n\">").append(d.samples() > 0 ? Figures.percent((double) o.count() / d.samples())
                        : "—").append("</td>");
            } else {
                h.append("<td class=\"never\">").append(Html.escape(NotObserved.describe(d))).append("</td>");
            }
            h.append("<td>").append(grade).append("</td><td>").append(Html.escape(o.description())).append("</td></tr>");
        }
        h.append("</table>\n<p class=\"note\">").append(Figures.count(d.samples())).append(" samples");
        if (d.configurations() != null && !d.configurations().isEmpty()) {
            h.append(" over ").append(d.configurations().size()).append(" JVM configurations: ");
            for (int i = 0; i < d.configurations().size(); i++) {
                h.append(i == 0 ? "" : ", ").append("<code>").append(Html.escape(d.configurations().get(i)))
                        .append("</code>");
            }
        }
        if (ownPage != null) {
            h.append(" · <a href=\"").append(Html.escape(ownPage)).append("\">jcstress's own page</a>");
        }
        h.append("</p>\n");
        byConfiguration(h, d);
    }

    /**
     * Where the notable outcomes came from: per JVM configuration its forks, samples and each notable outcome's
     * count and rate, shown when any was seen (a race that shows only with, say, both actors in C2 and the
     * randomizers on must be reproduced there).
     */
    private static void byConfiguration(StringBuilder h, JcstressDetail d) {
        List<ConfigurationEvidence> configs = d.byConfiguration() == null ? List.of() : d.byConfiguration();
        if (configs.stream().allMatch(c -> c.notable() == null || c.notable().isEmpty())) {
            return;
        }
        h.append("<table class=\"configs\"><tr><th>JVM configuration</th><th>forks</th><th>samples</th>")
                .append("<th>notable outcomes here</th></tr>");
        for (ConfigurationEvidence c : configs) {
            h.append("<tr><td><code>").append(Html.escape(c.configuration())).append("</code></td><td class=\"n\">")
                    .append(c.forks()).append("</td><td class=\"n\">").append(Figures.count(c.samples()))
                    .append("</td><td>");
            if (c.notable() == null || c.notable().isEmpty()) {
                h.append("<span class=\"never\">none</span>");
            } else {
                boolean first = true;
                for (var e : new java.util.TreeMap<>(c.notable()).entrySet()) {
                    h.append(first ? "" : ", ").append("<code>").append(Html.escape(e.getKey())).append("</code> ")
                            .append(Figures.count(e.getValue())).append(" (")
                            .append(c.samples() > 0 ? Figures.percent((double) e.getValue() / c.samples()) : "—")
                            .append(')');
                    first = false;
                }
            }
            h.append("</td></tr>");
        }
        h.append("</table>\n");
    }

    /** Forbidden and interesting outcomes are the ones whose absence means something. */
    static boolean notable(Expectation grade) {
        return grade == Expectation.FORBIDDEN || grade == Expectation.ACCEPTABLE_INTERESTING;
    }
}
