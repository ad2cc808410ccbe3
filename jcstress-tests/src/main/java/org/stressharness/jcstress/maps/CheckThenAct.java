package org.stressharness.jcstress.maps;

import org.stressharness.jcstress.api.MapOverride;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressMeta;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import org.stressharness.api.GuardOf;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads register a value for the same key of a thread-safe map. One idea per file: the unsafe idiom
 * (GetThenPut: demonstration, the broken outcome ACCEPTABLE_INTERESTING) and its safe twins (PutIfAbsent,
 * ComputeIfAbsent: guards, the same outcome FORBIDDEN), nested as jcstress tests. Each carries the histogram it
 * produced on x86_64; the report sets every demonstration beside its guards from the same run.
 *
 * <p>The outcomes declared on this class are those every guard of the topic grades; each guard reads them
 * with {@code @JCStressMeta}.
 */
@Outcome(id = {"1, 1, 1", "2, 2, 2"}, expect = ACCEPTABLE, desc = CheckThenAct.ONE_WON)
@Outcome(id = {"1, 2, 1", "1, 2, 2"}, expect = FORBIDDEN,  desc = CheckThenAct.LOST_UPDATE)
public final class CheckThenAct {

    private CheckThenAct() {
    }

    /** How every test of the topic begins. */
    private static final String SETUP = "Two threads register a value for the same key with ";

    /** Every guard of the topic. */
    private static final String GUARD = """
            Guard: the lost update is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; \
            docs/jcstress.md): never seen. On ARM (expected, not measured): never, by the map's thread-safety \
            contract.\s""";

    // Outcome texts, shared by the tests that grade the same outcome.
    static final String ONE_WON = "One registration won and both threads agree on it.";
    static final String LOST_UPDATE = """
            Lost update: both threads believe their own value is registered; one of them is wrong.""";

    @JCStressTest
    @Description(SETUP + """
            get() then put() on a ConcurrentHashMap. Each call is atomic, the pair is not: both can see the key \
            absent, both put, and each believes its own value won (r1, r2 = the value each thread believes is \
            registered; r3 = the value the map holds). Demonstration: the broken outcome is ACCEPTABLE_INTERESTING. On \
            x86 (measured, quick profile, 2-core x86_64, JDK 17; docs/jcstress.md): the lost update in about 19% of \
            samples. On ARM (expected, not measured: the race is in the program, not in the memory model, so it needs \
            no hardware reordering): seen as well.""")
    @Outcome(id = {"1, 1, 1", "2, 2, 2"}, expect = ACCEPTABLE,             desc = ONE_WON)
    @Outcome(id = {"1, 2, 1", "1, 2, 2"}, expect = ACCEPTABLE_INTERESTING, desc = LOST_UPDATE)
    @Outcome(                             expect = FORBIDDEN,              desc = """
            Impossible even with the race: a thread returns the other's value only after the other put it, and the map \
            holds a value that was put.""")
    @State
    public static class GetThenPut {

        final Map<String, Integer> map = MapOverride.create(ConcurrentHashMap::new);

        @Actor
        public void registerOne(III_Result r) {
            r.r1 = register(1);
        }

        @Actor
        public void registerTwo(III_Result r) {
            r.r2 = register(2);
        }

        @Arbiter
        public void check(III_Result r) {
            r.r3 = map.get("key");
        }

        private int register(int value) {
            Integer existing = map.get("key");
            if (existing != null) {
                return existing;
            }
            map.put("key", value);
            return value;
        }
    }

    @GuardOf({GetThenPut.class})
    @JCStressTest
    @Description(SETUP + """
            ConcurrentHashMap.putIfAbsent(), which checks and inserts in one atomic step: exactly one value wins and \
            both threads learn which (r1, r2 = the value each thread believes is registered; r3 = the value the map \
            holds).\s""" + GUARD + """
            With a user map (harness.map), this fails when the map keeps Map's default, non-atomic putIfAbsent().""")
    @JCStressMeta(CheckThenAct.class)
    @State
    public static class PutIfAbsent {

        final Map<String, Integer> map = MapOverride.create(ConcurrentHashMap::new);

        @Actor
        public void registerOne(III_Result r) {
            r.r1 = register(1);
        }

        @Actor
        public void registerTwo(III_Result r) {
            r.r2 = register(2);
        }

        @Arbiter
        public void check(III_Result r) {
            r.r3 = map.get("key");
        }

        private int register(int value) {
            Integer previous = map.putIfAbsent("key", value);
            return previous == null ? value : previous;
        }
    }

    @GuardOf({GetThenPut.class})
    @JCStressTest
    @Description(SETUP + """
            ConcurrentHashMap.computeIfAbsent(), which checks and inserts in one atomic step: exactly one value wins \
            and both threads learn which (r1, r2 = the value each thread believes is registered; r3 = the value the \
            map holds).\s""" + GUARD + """
            With a user map (harness.map), this fails when the map keeps Map's default, non-atomic \
            computeIfAbsent().""")
    @JCStressMeta(CheckThenAct.class)
    @State
    public static class ComputeIfAbsent {

        final Map<String, Integer> map = MapOverride.create(ConcurrentHashMap::new);

        @Actor
        public void registerOne(III_Result r) {
            r.r1 = register(1);
        }

        @Actor
        public void registerTwo(III_Result r) {
            r.r2 = register(2);
        }

        @Arbiter
        public void check(III_Result r) {
            r.r3 = map.get("key");
        }

        private int register(int value) {
            return map.computeIfAbsent("key", k -> value);
        }
    }
}
