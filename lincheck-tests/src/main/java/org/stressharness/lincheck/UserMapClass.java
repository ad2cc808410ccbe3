package org.stressharness.lincheck;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
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
     * Loads and validates the class: it must exist, implement {@link Map} and have a public no-arg constructor.
     *
     * @throws IllegalArgumentException with a one-line reason otherwise
     */
    public static Class<?> load(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("map class " + className + " not found on the classpath");
        }
        if (!Map.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("map class " + className + " does not implement java.util.Map");
        }
        if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
            throw new IllegalArgumentException("map class " + className + " is abstract");
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            throw new IllegalArgumentException("map class " + className + " is not public");
        }
        try {
            type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("map class " + className + " has no public no-arg constructor");
        }
        return type;
    }

    /** Makes {@code type} the class the user-map targets instantiate. */
    public static void use(Class<?> type) {
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("map class " + type.getName() + " has no public no-arg constructor");
        }
    }

    @SuppressWarnings("unchecked")
    static Map<Object, Integer> newMap() {
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
