package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The range a user's map is held to ({@link UserMapSizeEstimate}) is the one ConcurrentHashMap keeps: its estimate,
 * not linearizable ({@link ConcurrentHashMapSizeFinding}), must still fall inside it, or the range is stricter
 * than the documentation it stands for.
 */
@Check(shows = "ConcurrentHashMap.size()/isEmpty() stay within what concurrent putIfAbsent/remove allow: the range "
        + "a user's map is held to is not stricter than ConcurrentHashMap's documentation",
        kind = CheckKind.CORRECT, map = ConcurrentHashMap.class)
public class ConcurrentHashMapSizeEstimate extends EstimatedCountOperations {
    public ConcurrentHashMapSizeEstimate() {
        super(new ConcurrentHashMap<>());
    }
}
