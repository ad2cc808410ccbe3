package org.stressharness.jcstress.engine;

import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.os.AffinityMode;
import org.openjdk.jcstress.os.NodeType;
import org.openjdk.jcstress.os.SchedulingClass;

import java.util.List;
import java.util.stream.Stream;

/** jcstress forks as its executor reports them, built by hand for the planning tests. */
final class Forks {

    static final SchedulingClass SCL = new SchedulingClass(AffinityMode.NONE, 2, NodeType.PACKAGE);
    /** The JVM flags of a randomized configuration, seed aside. */
    static final List<String> STRESS = List.of("-XX:-UseBiasedLocking", "-XX:+StressLCM", "-XX:+StressGCM");

    private Forks() {
    }

    /** {@link #STRESS} with C2's stress seed {@code seed}: one fork's randomized configuration. */
    static List<String> seeded(int seed) {
        return Stream.concat(STRESS.stream(), Stream.of("-XX:StressSeed=" + seed)).toList();
    }

    /** A normal fork of {@code info} in {@code args} and compile {@code mode}, with outcome, count pairs. */
    static TestResult fork(TestInfo info, List<String> args, int mode, Object... stateCounts) throws Exception {
        TestResult r = new TestResult(org.openjdk.jcstress.infra.Status.NORMAL);
        for (int i = 0; i < stateCounts.length; i += 2) {
            r.addState((String) stateCounts[i], ((Number) stateCounts[i + 1]).longValue());
        }
        r.setConfig(new TestConfig(options(), info, 0, args, mode, SCL));
        return r;
    }

    static Options options() throws Exception {
        Options options = new Options(new String[] {"-m", "quick"});
        options.parse();
        return options;
    }
}
