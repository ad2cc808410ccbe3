package org.stressharness.jcstress.maps;

import java.util.HashMap;
import java.util.Map;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * Reader during resize: demonstration. Guards: {@link ConcurrentMapReaderDuringResize}, {@link SynchronizedMapReaderDuringResize}, {@link LockedMapReaderDuringResize}, {@link ReadWriteLockedMapReaderDuringResize}.
 */
@JCStressTest
@StructuralChange("the writer's put resizes the table from 16 to 32 slots")
@Description("A map at its resize threshold (12 entries, capacity 16) holds key 31 all along; one thread's put forces a resize while another thread gets key 31: a plain java.util.HashMap, no synchronization. HashMap.resize() installs the new, empty table first and moves the bins afterwards (key 31 sits in the last bin moved), so a concurrent get() can return null for a key that was never removed. Demonstration: the broken outcomes are ACCEPTABLE_INTERESTING; the report shows how often it broke. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): null in about 0.16% of samples; the window is the whole bin transfer. On ARM (expected, not measured: the race is in the program, not in the memory model, so it needs no hardware reordering): seen as well.")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "The reader found the key present all along.")
@Outcome(id = "0", expect = ACCEPTABLE_INTERESTING, desc = "get() returned null for a key present all along.")
@State
public class HashMapReaderDuringResize {

    final Map<Integer, Integer> map = MapUnderTest.create(() -> new HashMap<>());

    public HashMapReaderDuringResize() {
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
