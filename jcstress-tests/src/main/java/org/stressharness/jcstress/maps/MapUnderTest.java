package org.stressharness.jcstress.maps;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the map a map test exercises. Each test names its own default; the system property
 * {@value #PROPERTY} (a class name with a public no-arg constructor) replaces that default in every map
 * test, so a user can stress their own {@link Map} without writing a test. The property must reach
 * jcstress's forked JVMs; the suite runner passes it with {@code -jvmArgsPrepend}.
 */
public final class MapUnderTest {

    public static final String PROPERTY = "harness.map";

    // Resolved once per JVM: the tests build a fresh map per sample, millions of times.
    private static final Constructor<?> OVERRIDE = overrideFromProperty();

    private MapUnderTest() {
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
     * Checks that {@code className} names a usable map: loadable, a {@link Map}, concrete, with a public
     * no-arg constructor that succeeds. Returns the constructor.
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    public static Constructor<?> resolve(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, MapUnderTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("map class '" + className + "' not found on the classpath");
        }
        if (!Map.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("'" + className + "' is not a java.util.Map");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException("'" + className + "' is abstract; give a concrete class");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("'" + className + "' has no public no-arg constructor");
        }
        try {
            constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            throw new IllegalArgumentException("'" + className + "' cannot be instantiated: " + cause);
        }
        return constructor;
    }

    private static Constructor<?> overrideFromProperty() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            return null;
        }
        return resolve(name.trim());
    }
}
