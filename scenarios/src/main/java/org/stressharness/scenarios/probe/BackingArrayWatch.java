package org.stressharness.scenarios.probe;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Array;
import java.lang.reflect.Field;

/**
 * Notices when a collection replaces its backing array (HashMap's {@code table}, ArrayList's
 * {@code elementData}) and reports the growth and the bytes the copy moved. Reads the private field, so the
 * child runs with {@code --add-opens java.base/java.util=ALL-UNNAMED}. The first allocation is not a growth.
 */
public final class BackingArrayWatch {

    private final HeapProbe probe;
    private final Field field;
    private final int slotBytes;
    /** Arrays of the same length replaced together (fastutil's key and value): each growth copies all of them. */
    private final int parallelArrays;
    private Object owner;
    private Object last;

    public BackingArrayWatch(HeapProbe probe, Class<?> ownerClass, String fieldName) {
        this(probe, ownerClass, fieldName, 1);
    }

    /** @param parallelArrays how many arrays of this field's length and type each growth replaces */
    public BackingArrayWatch(HeapProbe probe, Class<?> ownerClass, String fieldName, int parallelArrays) {
        this.probe = probe;
        this.parallelArrays = parallelArrays;
        try {
            this.field = ownerClass.getDeclaredField(fieldName);
            field.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot watch " + ownerClass.getName() + "." + fieldName, e);
        }
        this.slotBytes = field.getType().getComponentType().isPrimitive()
                ? primitiveBytes(field.getType().getComponentType()) : referenceBytes();
    }

    /** Watches another instance from now on (its first allocation is not counted either). */
    public BackingArrayWatch watch(Object newOwner) {
        this.owner = newOwner;
        this.last = read();
        if (last != null && Array.getLength(last) > 0) {
            probe.allocated((long) Array.getLength(last) * slotBytes * parallelArrays);
        }
        return this;
    }

    /** Call after each insert. */
    public void check() {
        Object now = read();
        if (now != last) {
            if (last != null && Array.getLength(last) > 0) {
                probe.growth((long) Array.getLength(last) * slotBytes * parallelArrays,
                        now == null ? 0 : (long) Array.getLength(now) * slotBytes * parallelArrays);
            }
            last = now;
        }
    }

    private Object read() {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 4 with compressed oops (heaps under 32 GB by default), else 8. */
    public static int referenceBytes() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        return Boolean.parseBoolean(hotspot.getVMOption("UseCompressedOops").getValue()) ? 4 : 8;
    }

    private static int primitiveBytes(Class<?> type) {
        if (type == long.class || type == double.class) {
            return 8;
        }
        if (type == int.class || type == float.class) {
            return 4;
        }
        return type == short.class || type == char.class ? 2 : 1;
    }
}
