package org.stressharness.results.model;

/**
 * A result's suite-specific evidence: exactly one kind per suite, so a result cannot carry the evidence of two
 * suites, or of another suite than its own.
 */
public sealed interface Detail permits JcstressDetail, LincheckDetail, ScenarioDetail {

    /** The suite that produces this kind of evidence. */
    Source source();
}
