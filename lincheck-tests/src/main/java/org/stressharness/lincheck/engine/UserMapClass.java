package org.stressharness.lincheck.engine;

import org.stressharness.results.suite.MapClass;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * The {@link Map} implementation a user names with {@code --map}. Lincheck instantiates its targets through their
 * no-arg constructors, so the user-map targets find the class here rather than through a constructor argument.
 */
public final class UserMapClass {

    private static volatile Constructor<?> constructor;

    private UserMapClass() {
    }

    /**
     * Loads and validates the class ({@link MapClass}).
     *
     * @throws IllegalArgumentException with a one-line reason otherwise
     */
    public static Class<?> load(String className) {
        return MapClass.resolve(className, Thread.currentThread().getContextClassLoader()).getDeclaringClass();
    }

    /** Makes {@code type} the class the user-map targets instantiate. */
    public static void use(Class<?> type) {
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("map class " + type.getName() + " has no public no-arg constructor");
        }
    }

    /** A new instance of the chosen class, for a check's constructor. */
    @SuppressWarnings("unchecked")
    public static Map<Object, Integer> newMap() {
        Constructor<?> c = constructor;
        if (c == null) {
            throw new IllegalStateException("no user map class chosen");
        }
        try {
            return (Map<Object, Integer>) c.newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("constructor of " + c.getDeclaringClass().getName() + " failed",
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + c.getDeclaringClass().getName(), e);
        }
    }
}
