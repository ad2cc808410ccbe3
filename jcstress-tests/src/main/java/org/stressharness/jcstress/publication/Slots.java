package org.stressharness.jcstress.publication;

/**
 * Four int slots a writer fills with 1s before it publishes them, and the reader's count of those it sees filled.
 *
 * <p>Both are straight-line code, no loop: the writer's four stores then sit in one basic block beside the
 * version's store, where C2 moves them below it on x86. Written as a loop they were never reordered on x86 in the
 * whole quick matrix (docs/jcstress.md). A reader's loads of array elements were never moved above the flag's
 * load (0 in 472 M samples of the matrix; the range check before them is the likely reason), so a reader-side
 * reordering uses plain fields instead (see {@code FlagFences}).
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
