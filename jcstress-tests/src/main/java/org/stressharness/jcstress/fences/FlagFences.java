package org.stressharness.jcstress.fences;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressMeta;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.stressharness.api.CompilerReorderings;
import org.stressharness.api.GuardOf;

import java.lang.invoke.VarHandle;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A writer publishes data behind a plain flag with fences; a reader loads the flag, then the data. One idea per
 * file: the unsafe idioms (ReleaseFenceAfterFlag, AcquireFenceBeforeFlag: demonstrations, the broken outcome
 * ACCEPTABLE_INTERESTING) and their safe twins (BothFences, StoreStoreFenceBeforeFlag: guards, the same outcome
 * FORBIDDEN), nested as jcstress tests. Each carries the histogram it produced on x86_64; the report sets every
 * demonstration beside its guards from the same run.
 *
 * <p>The data are four plain int fields, written and read in straight-line code, so that C2 can move the data
 * stores below the flag store and the data loads above the flag load, and both demonstrations fire on x86 in
 * every configuration with a C2-compiled writer (or reader). Measured in jcstress's quick matrix: with a single
 * data field the late release fence showed 20 times in 660 M samples; with four array elements the early acquire
 * fence never showed in 472 M (the range check before the element loads is the likely reason).
 *
 * <p>The outcomes declared on this class are those the demonstrations of the topic grade alike; each reads
 * them with {@code @JCStressMeta}.
 */
@CompilerReorderings
@Outcome(id = {"0, 0", "0, 1", "0, 2", "0, 3", "0, 4"}, expect = ACCEPTABLE,             desc = FlagFences.NOT_YET)
@Outcome(id = "1, 4",                                   expect = ACCEPTABLE,             desc = FlagFences.ALL_DATA)
@Outcome(id = {"1, 0", "1, 1", "1, 2", "1, 3"},         expect = ACCEPTABLE_INTERESTING, desc = FlagFences.STALE_DATA)
public final class FlagFences {

    private FlagFences() {
    }

    /** Every demonstration of the topic. */
    private static final String DEMONSTRATION = "Demonstration: flag seen with stale data is ACCEPTABLE_INTERESTING. ";

    /** Every guard of the topic. */
    private static final String GUARD = """
            Guard: flag seen with stale data is FORBIDDEN. On x86 (measured, quick profile, 2-core x86_64, JDK 17; \
            docs/jcstress.md): never seen.\s""";

    // Outcome texts, shared by the tests that grade the same outcome.
    static final String NOT_YET = "Flag not seen yet; the data may be in any state.";
    static final String ALL_DATA = "Flag seen, all data seen.";
    static final String STALE_DATA = "Flag seen, data stale.";

    @JCStressTest
    @Description("""
            The writer fills four plain data fields, stores a plain flag, and only then issues \
            VarHandle.releaseFence(); the reader is correct (flag, acquireFence(), data; r1 = flag, r2 = data fields \
            seen written). A fence orders what comes before it against what comes after: placed last, it leaves the \
            data and flag stores free to be reordered.\s""" + DEMONSTRATION + """
            On x86 (measured, jcstress's quick matrix of 28 forks, 2-core x86_64, JDK 17; docs/jcstress.md): seen \
            12,676 times in 618 M samples (2.1e-5), in each of the 12 forks whose writer ran C2 code and in no other: \
            x86 keeps stores in order, so the compiler moved data stores below the flag store. On ARM (expected, not \
            measured: ARMv8 may reorder the two stores in hardware): seen.""")
    @JCStressMeta(FlagFences.class)
    @State
    public static class ReleaseFenceAfterFlag {

        int d0;
        int d1;
        int d2;
        int d3;
        int flag;

        @Actor
        public void writer() {
            d0 = 1;
            d1 = 1;
            d2 = 1;
            d3 = 1;
            flag = 1;
            VarHandle.releaseFence();
        }

        @Actor
        public void reader(II_Result r) {
            r.r1 = flag;
            VarHandle.acquireFence();
            r.r2 = d0 + d1 + d2 + d3;
        }
    }

    @JCStressTest
    @Description("""
            The writer is correct (four plain data fields, releaseFence(), flag); the reader issues \
            VarHandle.acquireFence() first, then loads the flag, then the data (r1 = flag, r2 = data fields seen \
            written). Nothing orders the two loads, so the data load may be satisfied before the flag load.\s"""
            + DEMONSTRATION + """
            On x86 (measured, jcstress's quick matrix of 28 forks, 2-core x86_64, JDK 17; docs/jcstress.md): seen \
            660,997 times in 720 M samples (9.2e-4), in each of the 12 forks whose reader ran C2 code and in no other: \
            x86 keeps loads in order, so the compiler loaded data before the flag. On ARM (expected, not measured: \
            ARMv8 may also reorder the two loads in hardware): seen.""")
    @JCStressMeta(FlagFences.class)
    @State
    public static class AcquireFenceBeforeFlag {

        int d0;
        int d1;
        int d2;
        int d3;
        int flag;

        @Actor
        public void writer() {
            d0 = 1;
            d1 = 1;
            d2 = 1;
            d3 = 1;
            VarHandle.releaseFence();
            flag = 1;
        }

        @Actor
        public void reader(II_Result r) {
            VarHandle.acquireFence();
            r.r1 = flag;
            r.r2 = d0 + d1 + d2 + d3;
        }
    }

    @GuardOf({ReleaseFenceAfterFlag.class, AcquireFenceBeforeFlag.class})
    @JCStressTest
    @Description("""
            The writer fills four plain data fields, issues VarHandle.releaseFence(), then stores a plain flag; the \
            reader loads the flag, issues VarHandle.acquireFence(), then loads the data (r1 = flag, r2 = data fields \
            seen written). The release fence keeps the data store before the flag store; the acquire fence keeps the \
            data load after the flag load.\s""" + GUARD + """
            On ARM (expected, not measured): never: the release fence orders the data store before the flag store and \
            the acquire fence the flag load before the data load.""")
    @Outcome(id = {"0, 0", "0, 1", "0, 2", "0, 3", "0, 4"}, expect = ACCEPTABLE, desc = NOT_YET)
    @Outcome(id = "1, 4",                                   expect = ACCEPTABLE, desc = ALL_DATA)
    @Outcome(id = {"1, 0", "1, 1", "1, 2", "1, 3"},         expect = FORBIDDEN,  desc = STALE_DATA)
    @State
    public static class BothFences {

        int d0;
        int d1;
        int d2;
        int d3;
        int flag;

        @Actor
        public void writer() {
            d0 = 1;
            d1 = 1;
            d2 = 1;
            d3 = 1;
            VarHandle.releaseFence();
            flag = 1;
        }

        @Actor
        public void reader(II_Result r) {
            r.r1 = flag;
            VarHandle.acquireFence();
            r.r2 = d0 + d1 + d2 + d3;
        }
    }

    @GuardOf({ReleaseFenceAfterFlag.class})
    @JCStressTest
    @Description("""
            The writer fills four plain data fields, issues VarHandle.storeStoreFence(), then stores a plain flag; the \
            reader is correct (flag, acquireFence(), data; r1 = flag, r2 = data fields seen written). A store-store \
            fence is all a writer that only stores needs.\s""" + GUARD + """
            On ARM (expected, not measured): never: the store-store fence orders the data store before the flag store, \
            and x86 and ARMv8 keep the reader's dependent order.""")
    @Outcome(id = {"0, 0", "0, 1", "0, 2", "0, 3", "0, 4"}, expect = ACCEPTABLE, desc = NOT_YET)
    @Outcome(id = "1, 4",                                   expect = ACCEPTABLE, desc = ALL_DATA)
    @Outcome(id = {"1, 0", "1, 1", "1, 2", "1, 3"},         expect = FORBIDDEN,  desc = STALE_DATA)
    @State
    public static class StoreStoreFenceBeforeFlag {

        int d0;
        int d1;
        int d2;
        int d3;
        int flag;

        @Actor
        public void writer() {
            d0 = 1;
            d1 = 1;
            d2 = 1;
            d3 = 1;
            VarHandle.storeStoreFence();
            flag = 1;
        }

        @Actor
        public void reader(II_Result r) {
            r.r1 = flag;
            VarHandle.acquireFence();
            r.r2 = d0 + d1 + d2 + d3;
        }
    }
}
