package org.stressharness.lincheck.engine;

import org.stressharness.results.model.Profile;
import org.stressharness.results.model.ProfileSettings;

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

    /** The settings a profile gives a strategy ({@link ProfileSettings}, the one table of every profile). */
    public static ExplorationSettings of(Profile profile, Strategy strategy) {
        ProfileSettings all = ProfileSettings.of(profile);
        ProfileSettings.Lincheck l = strategy == Strategy.MODEL_CHECKING ? all.modelChecking() : all.stress();
        return new ExplorationSettings(l.scenarios(), l.searchUpTo(), l.invocations(), l.threads(),
                l.actorsPerThread(), l.actorsBefore(), l.actorsAfter());
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
