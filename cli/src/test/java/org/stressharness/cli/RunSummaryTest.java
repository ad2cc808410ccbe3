package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import org.stressharness.results.SyntheticRuns;
import org.stressharness.results.model.Expectation;
import org.stressharness.results.model.JcstressDetail;
import org.stressharness.results.model.OutcomeCount;
import org.stressharness.results.model.Run;
import org.stressharness.results.model.Source;
import org.stressharness.results.model.Status;
import org.stressharness.results.model.TestResult;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's last lines: the counts, the idiom pairs in one line, then what needs attention, in that order. */
class RunSummaryTest {

    private static TestResult jcstress(String name, Status status, long interesting, long forbidden,
                                       JcstressDetail.Role role, String twin) {
        boolean demo = role == JcstressDetail.Role.DEMONSTRATION;
        List<OutcomeCount> outcomes = List.of(
                new OutcomeCount("0, 0", 1_000 - interesting - forbidden, Expectation.ACCEPTABLE, "fine"),
                new OutcomeCount("1, 0", demo ? interesting : forbidden,
                        demo ? Expectation.ACCEPTABLE_INTERESTING : Expectation.FORBIDDEN, "broken"));
        JcstressDetail d = new JcstressDetail(1_000, outcomes, List.of("JVM [a]"), null, 1, role, List.of(twin),
                List.of(), List.of());
        return new TestResult(Source.JCSTRESS, name, null, status, 1, status + " here", null, null, d);
    }

    @Test
    void countsThenTheIdiomPairsThenWhatNeedsAttention() {
        Run run = SyntheticRuns.run("r", null, List.of(
                jcstress("t.Lock.Plain", Status.INTERESTING, 10, 0, JcstressDetail.Role.DEMONSTRATION, "t.Lock.Broken"),
                jcstress("t.Lock.Broken", Status.FAILED, 0, 3, JcstressDetail.Role.GUARD, "t.Lock.Plain"),
                jcstress("t.Flag.Plain", Status.NOT_OBSERVED, 0, 0, JcstressDetail.Role.DEMONSTRATION,
                        "t.Flag.Volatile"),
                jcstress("t.Flag.Volatile", Status.PASSED, 0, 0, JcstressDetail.Role.GUARD, "t.Flag.Plain")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new RunSummary(run, Path.of("runs/r"), null).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out)
                .contains(": 1 passed, 1 not observed (no evidence either way), 1 interesting, 1 failed, 0 error")
                .contains("Idiom pairs: 1 a guard BROKE, 1 not observed\n")
                .contains("FAILED      jcstress  t.Lock.Broken");
        assertThat(out.indexOf("Idiom pairs:")).isLessThan(out.indexOf("Needs attention:"));
    }
}
