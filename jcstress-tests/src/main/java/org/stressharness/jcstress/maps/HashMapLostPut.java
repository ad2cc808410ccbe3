package org.stressharness.jcstress.maps;

import java.util.HashMap;
import java.util.Map;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Lost put: demonstration. Guards: {@link ConcurrentMapLostPut}, {@link SynchronizedMapLostPut}, {@link LockedMapLostPut}, {@link ReadWriteLockedMapLostPut}.
 */
@JCStressTest
@Description("Two threads put distinct keys into an empty map: a plain java.util.HashMap, no synchronization. An arbiter counts the entries get() finds (r1 = entries lost) and compares size() with them (r2 = size() minus entries found). The first put into an empty HashMap allocates the table; two threads racing there each allocate one and the last table assignment wins, dropping the other thread's entry; the unsynchronized size++ can lose an increment. Demonstration: the broken outcomes are ACCEPTABLE_INTERESTING; the report shows how often it broke. On x86 (measured, quick profile, 2-core x86_64, JDK 17; README's jcstress results): lost puts in about half of the samples. On ARM (expected, not measured: the race is in the program, not in the memory model, so it needs no hardware reordering): seen as well.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "Every entry is present and size() agrees.")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "Lost put: one entry is gone and size() agrees with what is left.")
@Outcome(id = "1, 1", expect = ACCEPTABLE_INTERESTING, desc = "Size drift: size() counts an entry that get() cannot find.")
@Outcome(id = "0, -1", expect = ACCEPTABLE_INTERESTING, desc = "Lost size update: every entry is present but size() is one short.")
@Outcome(id = {"2, 2", "2, 1"}, expect = ACCEPTABLE_INTERESTING,
        desc = "Worse corruption: several entries lost; size() counts them or is one short as well.")
@Outcome(expect = FORBIDDEN, desc = "Impossible even unsynchronized: every put adds one to size() and a lost increment only one less, so size() minus entries found is the entries lost or one less.")
@State
public class HashMapLostPut {

    final Map<Integer, Integer> map = MapUnderTest.create(() -> new HashMap<>());

    @Actor
    public void putOne() {
        map.put(1, 1);
    }

    @Actor
    public void putTwo() {
        map.put(2, 2);
    }

    @Arbiter
    public void check(II_Result r) {
        MapIntegrity.report(map, 1, 2, r);
    }
}
