package org.stressharness.lincheck.catalog;

import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

import java.util.Map;

/**
 * Every single-key operation of {@link Map}: what a concurrent map promises to do atomically.
 * {@code size()} and {@code isEmpty()} are left to {@link SizedMapOperations}, since ConcurrentHashMap documents
 * them as estimates under concurrency.
 * <p>
 * The remapping functions are pure and depend only on their arguments, so the specification computes the same.
 */
public abstract class MapOperations extends PutIfAbsentOperations {

    protected MapOperations(Map<Object, Integer> map) {
        super(map);
    }

    @Operation
    public Integer put(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.put(key(key), value);
    }

    @Operation
    public boolean removeValue(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.remove(key(key), value);
    }

    @Operation
    public Integer replace(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.replace(key(key), value);
    }

    @Operation
    public boolean replaceValue(@Param(name = "key") int key, @Param(name = "value") int oldValue,
                                @Param(name = "value") int newValue) {
        return map.replace(key(key), oldValue, newValue);
    }

    @Operation
    public Integer computeIfAbsent(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.computeIfAbsent(key(key), k -> value);
    }

    /** Removes the entry when it holds {@code value}, else replaces it: both outcomes of the function. */
    @Operation
    public Integer computeIfPresent(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.computeIfPresent(key(key), (k, v) -> v == value ? null : value);
    }

    /** Inserts when absent, removes when present: the function sees both states. */
    @Operation
    public Integer compute(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.compute(key(key), (k, v) -> v == null ? value : null);
    }

    @Operation
    public Integer merge(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.merge(key(key), value, Integer::sum);
    }

    @Operation
    public Integer getOrDefault(@Param(name = "key") int key) {
        return map.getOrDefault(key(key), 0);
    }

    @Operation
    public boolean containsKey(@Param(name = "key") int key) {
        return map.containsKey(key(key));
    }
}
