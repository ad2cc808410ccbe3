package org.stressharness.scenarios.probe;

import org.stressharness.results.model.ClassFootprint;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap's largest classes, from the DiagnosticCommand MBean's {@code gcClassHistogram} (the in-process
 * {@code jcmd GC.class_histogram}). It collects first, so it lists live objects.
 */
public final class ClassHistogram {

    private ClassHistogram() {
    }

    public static List<ClassFootprint> top(int limit) throws Exception {
        ObjectName name = new ObjectName("com.sun.management:type=DiagnosticCommand");
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(name, "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        List<ClassFootprint> rows = parse(text, limit);
        if (rows.isEmpty()) {
            // A full heap once left the alert's histogram with no rows and no error: make that a failure.
            throw new IllegalStateException("no class rows in the histogram: "
                    + text.substring(0, Math.min(120, text.length())).strip());
        }
        return rows;
    }

    /**
     * Parses lines like {@code "   1:   123456   2962944  java.lang.Integer (java.base@17)"}, stopping after
     * {@code limit} rows: near the OOM there is no room to split the whole text.
     */
    static List<ClassFootprint> parse(String text, int limit) {
        List<ClassFootprint> rows = new ArrayList<>();
        int from = 0;
        while (rows.size() < limit && from < text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            String[] f = text.substring(from, end).trim().split("\\s+");
            from = end + 1;
            if (f.length < 4 || f[0].length() < 2 || !f[0].endsWith(":")
                    || !f[0].substring(0, f[0].length() - 1).chars().allMatch(Character::isDigit)) {
                continue;
            }
            rows.add(new ClassFootprint(f[3], Long.parseLong(f[1]), Long.parseLong(f[2])));
        }
        return rows;
    }
}
