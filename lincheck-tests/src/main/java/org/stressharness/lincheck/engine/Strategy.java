package org.stressharness.lincheck.engine;

/** Lincheck's two ways of exploring interleavings. */
public enum Strategy {
    /** Deterministic: controls the thread scheduler and explores switch points at shared-memory accesses. */
    MODEL_CHECKING("model-checking", "modelChecking"),
    /** Real threads on real cores: finds what the hardware and JIT actually do, but only by chance. */
    STRESS("stress", "stress");

    private final String id;
    private final String testSuffix;

    Strategy(String id, String testSuffix) {
        this.id = id;
        this.testSuffix = testSuffix;
    }

    /** As recorded in {@code LincheckDetail.strategy}. */
    public String id() {
        return id;
    }

    /** The last part of a test name, e.g. {@code MyMapCheck.modelChecking}. */
    public String testSuffix() {
        return testSuffix;
    }
}
