package org.stressharness.results.model;

/**
 * One observed (or declared but never observed) jcstress outcome.
 *
 * @param outcome     the result tuple as jcstress prints it, e.g. {@code "0, 0"}
 * @param count       samples that produced it (0 for a declared outcome never seen)
 * @param expect      its grade
 * @param description the test author's words for it
 */
public record OutcomeCount(String outcome, long count, Expectation expect, String description) {
}
