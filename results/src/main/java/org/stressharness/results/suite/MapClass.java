package org.stressharness.results.suite;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Map;

/**
 * The one check of a map class a user names with {@code --map}, made by the harness before it forks anything
 * and by each suite runner before it uses the class: loadable, a {@link Map}, concrete and public, with a public
 * no-arg constructor that succeeds.
 */
public final class MapClass {

    private MapClass() {
    }

    /**
     * @return the class's public no-arg constructor
     * @throws IllegalArgumentException with a one-line reason
     */
    public static Constructor<?> resolve(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("map class '" + className + "' not found on the classpath");
        }
        if (!Map.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("'" + className + "' is not a java.util.Map");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException("'" + className + "' is abstract; give a concrete class");
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            throw new IllegalArgumentException("'" + className + "' is not public");
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
}
