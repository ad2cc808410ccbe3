package org.stressharness.report.model;

/** Which suite produced a result. */
public enum Source {
    JCSTRESS, LINCHECK, SCENARIO
}
