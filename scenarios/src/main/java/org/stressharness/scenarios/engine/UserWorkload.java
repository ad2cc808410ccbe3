package org.stressharness.scenarios.engine;

import org.stressharness.api.MemoryWorkload;

/** A team's {@link MemoryWorkload} class ({@code --workload}), as the suite and the child load it. */
public final class UserWorkload {

    private UserWorkload() {
    }

    /**
     * A new instance of the class.
     *
     * @throws IllegalArgumentException with a one-line reason: missing, not a {@link MemoryWorkload}, or without a
     *                                  public no-arg constructor
     */
    @SuppressWarnings("unchecked")
    public static MemoryWorkload<Object> load(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, UserWorkload.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("--workload: class " + className + " not found on the classpath");
        }
        if (!MemoryWorkload.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("--workload: " + className + " does not implement "
                    + MemoryWorkload.class.getName());
        }
        try {
            return (MemoryWorkload<Object>) type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("--workload: " + className + " has no public no-arg constructor");
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("--workload: " + className + " cannot be created: " + e.getCause());
        }
    }

    /** The report's description of the workload: its own line, and its class. */
    public static String describe(String className) {
        return load(className).describe() + " (" + className + ", filled until OutOfMemoryError)";
    }
}
