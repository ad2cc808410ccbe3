package org.stressharness.jcstress;

/**
 * Four int slots a writer fills with 1s before it publishes them, and the reader's count of those it sees filled.
 *
 * <p>Both are straight-line code, no loop: the writer's four stores and the reader's four loads then sit in one
 * basic block beside the flag's or version's store or load, where C2 may reorder them on x86, as it does jcstress's
 * own {@code BasicJMM_06_Causality.PlainReads}. Written as loops they were never reordered on x86 in the whole
 * quick matrix (docs/jcstress.md).
 */
public final class Slots {

    public static final int COUNT = 4;

    private Slots() {
    }

    /** Writes 1 into each of the {@value #COUNT} slots. */
    public static void fill(int[] slots) {
        slots[0] = 1;
        slots[1] = 1;
        slots[2] = 1;
        slots[3] = 1;
    }

    /** Slots that hold the written value 1 (each holds 0 or 1). */
    public static int filled(int[] slots) {
        return slots[0] + slots[1] + slots[2] + slots[3];
    }
}
