package org.stressharness.jcstress.runner;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.runners.TestList;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every per-architecture sentence in a test's description says whether it was measured (and where) or is
 * expected (and why): nothing here ran on ARM hardware, so no ARM sentence may read as observed.
 */
class ArchitectureClaimsTest {

    private static final Pattern X86 = Pattern.compile("On x86 \\((measured[,:][^)]*x86_64[^)]*|expected[^)]*)\\)");
    private static final Pattern ARM = Pattern.compile("On ARM \\(expected, not measured[^)]*\\)");
    private static final Pattern UNMARKED = Pattern.compile("On (x86|ARM)( and on ARM)?:");

    @Test
    void everyClaimIsMarkedMeasuredOrExpected() {
        assertThat(TestList.tests()).hasSizeGreaterThanOrEqualTo(40).allSatisfy(name -> {
            TestInfo info = TestList.getInfo(name);
            String d = info.description();
            assertThat(X86.matcher(d).find()).as("%s: x86 claim marked measured or expected: %s", name, d).isTrue();
            assertThat(ARM.matcher(d).find()).as("%s: ARM claim marked expected: %s", name, d).isTrue();
            assertThat(UNMARKED.matcher(d).find()).as("%s: an unmarked claim: %s", name, d).isFalse();
        });
    }
}
