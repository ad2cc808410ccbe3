package org.stressharness.scenarios;

import org.stressharness.results.model.Profile;

import java.time.Duration;

/**
 * What a profile means for the scenarios: the heap each child gets (the prediction child gets twice that)
 * and how long a child may take.
 */
public record ProfileSettings(HeapSize heap, Duration childTimeout) {

    public static final int PREDICTION_FACTOR = 2;

    public static ProfileSettings of(Profile profile) {
        return switch (profile) {
            case SMOKE -> new ProfileSettings(HeapSize.parse("32m"), Duration.ofSeconds(60));
            case QUICK -> new ProfileSettings(HeapSize.parse("128m"), Duration.ofSeconds(120));
            case NIGHTLY -> new ProfileSettings(HeapSize.parse("512m"), Duration.ofSeconds(300));
            case TOUGH -> new ProfileSettings(HeapSize.parse("2g"), Duration.ofSeconds(900));
        };
    }
}
