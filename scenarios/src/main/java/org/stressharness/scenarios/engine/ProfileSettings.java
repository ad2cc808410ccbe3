package org.stressharness.scenarios.engine;

import org.stressharness.results.model.Profile;

import java.time.Duration;

/**
 * What a profile means for the scenarios: the heap each child gets (the prediction child gets twice that),
 * the simulated memory limit of the container scenarios (their prediction child: twice that too), and how
 * long a child may take.
 */
public record ProfileSettings(HeapSize heap, HeapSize containerLimit, Duration childTimeout) {

    public static final int PREDICTION_FACTOR = 2;

    public static ProfileSettings of(Profile profile) {
        return switch (profile) {
            case SMOKE -> new ProfileSettings(HeapSize.parse("32m"), HeapSize.parse("160m"), Duration.ofSeconds(60));
            case QUICK -> new ProfileSettings(HeapSize.parse("128m"), HeapSize.parse("256m"), Duration.ofSeconds(120));
            case NIGHTLY -> new ProfileSettings(HeapSize.parse("512m"), HeapSize.parse("1g"), Duration.ofSeconds(300));
            case TOUGH -> new ProfileSettings(HeapSize.parse("2g"), HeapSize.parse("4g"), Duration.ofSeconds(900));
        };
    }
}
