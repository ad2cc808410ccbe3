package org.stressharness.jcstress.maps;

import org.stressharness.jcstress.GuardOf;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Reader during resize: guard. Demonstration: {@link HashMapReaderDuringResize}.
 */
@GuardOf({HashMapReaderDuringResize.class})
@JCStressTest
@StructuralChange("the writer's put resizes the table from 16 to 32 slots")
@Description("A map at its resize threshold (12 entries, capacity 16) holds key 31 all along; one thread's put forces a resize while another thread gets key 31: a HashMap wrapped by Collections.synchronizedMap. The reader must find the key whatever the writer does. Guard: the broken outcomes are FORBIDDEN; seeing one fails the run. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): never seen. On ARM (expected, not measured): never, by the map's thread-safety contract.")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "The reader found the key present all along.")
@Outcome(id = "0", expect = FORBIDDEN, desc = "get() returned null for a key present all along.")
@State
public class SynchronizedMapReaderDuringResize {

    final Map<Integer, Integer> map = Collections.synchronizedMap(MapUnderTest.create(() -> new HashMap<>()));

    public SynchronizedMapReaderDuringResize() {
        for (int k = 0; k < 11; k++) {
            map.put(k, k);
        }
        map.put(31, 31);
    }

    @Actor
    public void putForcingResize() {
        map.put(32, 32);
    }

    @Actor
    public void getPresentKey(I_Result r) {
        r.r1 = map.get(31) == null ? 0 : 1;
    }
}
