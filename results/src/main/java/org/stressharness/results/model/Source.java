package org.stressharness.results.model;

/** Which suite produced a result. */
public enum Source {
    JCSTRESS, LINCHECK, SCENARIO
}
