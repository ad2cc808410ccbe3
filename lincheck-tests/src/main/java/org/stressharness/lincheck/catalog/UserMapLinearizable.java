package org.stressharness.lincheck.catalog;

import org.stressharness.lincheck.engine.Check;
import org.stressharness.lincheck.engine.CheckKind;
import org.stressharness.lincheck.engine.UserMapClass;

/**
 * The user's map ({@code --map}) under every single-key operation.
 */
@Check(shows = "%s is linearizable for every single-key operation", kind = CheckKind.CORRECT)
public class UserMapLinearizable extends MapOperations {
    public UserMapLinearizable() {
        super(UserMapClass.newMap());
    }
}
