package org.stressharness.lincheck;

/** The locked map under every operation; the sequential specification of all other targets. */
public class LockedMapTarget extends SizedMapOperations {
    public LockedMapTarget() {
        super(new LockedMap<>());
    }
}
