package org.stressharness.lincheck;

import java.util.HashMap;

/** Negative control: a plain HashMap is not thread-safe, so Lincheck must report it. */
public class HashMapTarget extends SizedMapOperations {
    public HashMapTarget() {
        super(new HashMap<>());
    }
}
