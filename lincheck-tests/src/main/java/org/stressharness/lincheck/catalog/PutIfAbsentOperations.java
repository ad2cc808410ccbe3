package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.SequentialSpecification;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

import java.util.Map;

/**
 * The smallest operation set: look-up, insert-if-absent and removal over a few keys, so that concurrent calls
 * collide on the same key. Lincheck collects {@code @Operation} methods along the superclass chain, so subclasses
 * add operations by extending this class.
 * <p>
 * Keys come from 1..3 and values from 1..3; {@link #key(int)} lets a subclass swap the key type (e.g. keys whose
 * hash codes collide) without changing the operations' signatures, which must match the specification's.
 */
@Param(name = "key", gen = IntGen.class, conf = "1:3")
@Param(name = "value", gen = IntGen.class, conf = "1:3")
@SequentialSpecification(LockedMapTarget.class)
public abstract class PutIfAbsentOperations {

    /** Keys are generated from 1 to {@value}. */
    protected static final int KEYS = 3;

    protected final Map<Object, Integer> map;

    protected PutIfAbsentOperations(Map<Object, Integer> map) {
        this.map = map;
    }

    /** The key object for a generated key number; identity here. */
    protected Object key(int key) {
        return key;
    }

    @Operation
    public Integer get(@Param(name = "key") int key) {
        return map.get(key(key));
    }

    @Operation
    public Integer putIfAbsent(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.putIfAbsent(key(key), value);
    }

    @Operation
    public Integer remove(@Param(name = "key") int key) {
        return map.remove(key(key));
    }
}
