package org.stressharness.results.model;

/**
 * When a notable jcstress outcome first showed in a test: how much of the test's work it took, so that a review
 * (and a comparison of profiles) can tell a race that shows in the first fork from one found by the last.
 *
 * @param outcome the outcome, as in {@link OutcomeCount#outcome()}
 * @param fork    the fork whose results first held it, counted from 1 in the order the forks finished
 * @param samples the test's samples up to and including that fork
 * @param afterMs from the start of the test's first fork to the end of that fork
 */
public record FirstObservation(String outcome, int fork, long samples, long afterMs) {
}
