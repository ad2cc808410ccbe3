package org.stressharness.results.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Map;

/**
 * What Lincheck checked and, when it failed, what it found.
 *
 * @param strategy        {@code model-checking} or {@code stress}
 * @param implementation  class name of the map under test
 * @param options         the options used (iterations, invocations, threads, actors ...)
 * @param expectFailure   true for negative controls and documented findings: a failure is the expected verdict
 * @param failureKind     Lincheck's failure kind (e.g. "incorrect results"), null when it passed
 * @param failureText     Lincheck's full report: minimized scenario and interleaving trace
 */
public record LincheckDetail(String strategy, String implementation, Map<String, Object> options,
                             boolean expectFailure, String failureKind, String failureText) implements Detail {

    @Override
    @JsonIgnore
    public Source source() {
        return Source.LINCHECK;
    }
}
