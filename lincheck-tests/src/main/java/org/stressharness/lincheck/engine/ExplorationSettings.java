package org.stressharness.lincheck.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How deep one Lincheck check digs.
 *
 * @param iterations         scenarios generated for a check that must pass
 * @param searchIterations   upper bound of scenarios for a check that expects a failure; Lincheck stops at the first
 *                           failure, so this costs time only when the failure is not found
 * @param invocations        interleavings (model checking) or runs (stress) per scenario
 * @param threads            parallel threads per scenario
 * @param actorsPerThread    operations per thread
 * @param actorsBefore       operations run before the parallel part (builds an initial state)
 * @param actorsAfter        operations run after it (observes the final state)
 */
public record ExplorationSettings(int iterations, int searchIterations, int invocations, int threads,
                                  int actorsPerThread, int actorsBefore, int actorsAfter) {

    /** Settings built by name, e.g. {@code scenarios(5).searchUpTo(50).invocations(50).threads(2)...}. */
    public static Builder scenarios(int iterations) {
        return new Builder(iterations);
    }

    /** Names each number of {@link ExplorationSettings} where it is given. */
    public static final class Builder {
        private final int iterations;
        private int searchIterations;
        private int invocations;
        private int threads;
        private int actorsPerThread;
        private int actorsBefore;

        private Builder(int iterations) {
            this.iterations = iterations;
            this.searchIterations = iterations;
        }

        /** Scenarios tried by a check that expects a failure (Lincheck stops at the first). */
        public Builder searchUpTo(int scenarios) {
            this.searchIterations = scenarios;
            return this;
        }

        /** Interleavings (model checking) or runs (stress) per scenario. */
        public Builder invocations(int perScenario) {
            this.invocations = perScenario;
            return this;
        }

        /** Scenario shape: {@code threads} threads of {@code actorsPerThread} operations each. */
        public Builder threads(int threads, int actorsPerThread) {
            this.threads = threads;
            this.actorsPerThread = actorsPerThread;
            return this;
        }

        /** Operations run before the parallel part. */
        public Builder before(int actors) {
            this.actorsBefore = actors;
            return this;
        }

        /** Operations run after the parallel part; completes the settings. */
        public ExplorationSettings after(int actors) {
            return new ExplorationSettings(iterations, searchIterations, invocations, threads, actorsPerThread,
                    actorsBefore, actors);
        }
    }

    /** The options as recorded in {@code LincheckDetail.options}. */
    public Map<String, Object> toOptions(int iterationsUsed, boolean checkObstructionFreedom,
                                         Class<?> sequentialSpecification) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("iterations", iterationsUsed);
        options.put("invocationsPerIteration", invocations);
        options.put("threads", threads);
        options.put("actorsPerThread", actorsPerThread);
        options.put("actorsBefore", actorsBefore);
        options.put("actorsAfter", actorsAfter);
        if (checkObstructionFreedom) {
            options.put("checkObstructionFreedom", true);
        }
        if (sequentialSpecification != null) {
            options.put("sequentialSpecification", sequentialSpecification.getSimpleName());
        }
        return options;
    }
}
