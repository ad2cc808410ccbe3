package org.stressharness.lincheck.catalog;

import org.jetbrains.lincheck.datastructures.Validate;

import java.util.Map;

/**
 * {@link PutIfAbsentOperations} plus a validation Lincheck runs once the concurrent part is over: with no update
 * running, {@code size()} and {@code isEmpty()} must agree with the entries present. ConcurrentHashMap documents
 * its count as an estimate only <em>while</em> updates run; a count that is still wrong at rest is corrupted.
 * Without {@code size()} among the operations, a failure here can only be that corruption.
 */
public abstract class CountAtRestOperations extends PutIfAbsentOperations {

    protected CountAtRestOperations(Map<Object, Integer> map) {
        super(map);
    }

    @Validate
    public void countAgreesWithEntriesAtRest() {
        int present = 0;
        for (int k = 1; k <= KEYS; k++) {
            if (map.get(key(k)) != null) {
                present++;
            }
        }
        int size = map.size();
        boolean empty = map.isEmpty();
        if (size != present || empty != (present == 0)) {
            throw new IllegalStateException(COUNT_CORRUPTED + ": size() = " + size + ", isEmpty() = " + empty
                    + " with " + present + " entries present once no update runs");
        }
    }

    /** The words a failed validation starts with, which grading looks for. */
    public static final String COUNT_CORRUPTED = "count corrupted at rest";
}
