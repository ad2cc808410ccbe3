package org.stressharness.lincheck.catalog;

/** What the size findings share. */
final class SizeFinding {

    /** A size finding is one only if the minimized scenario still needs a count to fail. */
    static final String EVIDENCE = "size\\(\\)|isEmpty\\(\\)";

    private SizeFinding() {
    }
}
