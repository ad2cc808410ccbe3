package org.stressharness.jcstress.api;

import org.stressharness.results.suite.MapClass;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the map a map test exercises. Each test names its own default; the system property
 * {@value #PROPERTY} (a class name with a public no-arg constructor) replaces that default in every map
 * test, so a user can stress their own {@link Map} without writing a test. The property must reach
 * jcstress's forked JVMs; the suite runner passes it with {@code -jvmArgsPrepend}.
 */
public final class MapOverride {

    public static final String PROPERTY = "harness.map";

    // Resolved once per JVM: the tests build a fresh map per sample, millions of times.
    private static final Constructor<?> OVERRIDE = overrideFromProperty();

    private MapOverride() {
    }

    /** The user's map when {@value #PROPERTY} is set, else {@code defaultMap}'s. */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> create(Supplier<? extends Map<K, V>> defaultMap) {
        if (OVERRIDE == null) {
            return defaultMap.get();
        }
        try {
            return (Map<K, V>) OVERRIDE.newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot instantiate " + OVERRIDE.getDeclaringClass().getName(), e);
        }
    }

    /** The class name given by {@value #PROPERTY}, or null when the tests use their defaults. */
    public static String overrideName() {
        return OVERRIDE == null ? null : OVERRIDE.getDeclaringClass().getName();
    }

    /**
     * Checks that {@code className} names a usable map ({@link MapClass}); returns its no-arg constructor.
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    public static Constructor<?> resolve(String className) {
        return MapClass.resolve(className, MapOverride.class.getClassLoader());
    }

    private static Constructor<?> overrideFromProperty() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            return null;
        }
        return resolve(name.trim());
    }
}
