package org.stressharness.jcstress.api;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A test's {@link VarHandle} for one of its own fields, in one line: the test passes its own
 * {@code MethodHandles.lookup()}, which may reach its private fields, and a field that is not there fails the test
 * class's initialisation, as the usual static block does.
 */
public final class FieldHandle {

    private FieldHandle() {
    }

    public static VarHandle of(MethodHandles.Lookup lookup, Class<?> owner, String name, Class<?> type) {
        try {
            return lookup.findVarHandle(owner, name, type);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
