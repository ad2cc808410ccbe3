package org.stressharness.scenarios.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Every scenario the suite offers: those of every {@link ScenarioCatalog} on the classpath, ordered by id. Found
 * once per JVM; a child JVM never looks (it is told the declaring class, see
 * {@link Scenario#declaredBy(Class, String)}).
 */
public final class Scenarios {

    private static List<Scenario> all;

    private Scenarios() {
    }

    /** Every declared scenario, by id. */
    public static synchronized List<Scenario> all() {
        if (all == null) {
            all = collect();
        }
        return all;
    }

    private static List<Scenario> collect() {
        List<Scenario> found = new ArrayList<>();
        for (ScenarioCatalog catalog : ServiceLoader.load(ScenarioCatalog.class, Scenarios.class.getClassLoader())) {
            found.addAll(catalog.scenarios());
        }
        found.sort(Comparator.comparing(Scenario::id));
        Map<String, Scenario> byId = new HashMap<>();
        for (Scenario s : found) {
            Scenario twin = byId.put(s.id(), s);
            if (twin != null) {
                throw new IllegalStateException("two scenarios named '" + s.id() + "': in "
                        + twin.declaredIn().getName() + " and " + s.declaredIn().getName());
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no scenario found: no " + ScenarioCatalog.class.getName()
                    + " on the classpath declares one");
        }
        return List.copyOf(found);
    }
}
