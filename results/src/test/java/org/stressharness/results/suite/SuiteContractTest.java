package org.stressharness.results.suite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stressharness.results.model.Profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuiteContractTest {

    private static final List<String> SUITE = List.of("a.First", "a.Second", "b.Third");

    @TempDir
    Path dir;

    @Test
    void parsesTheContractAndLeavesTheSuitesOwnOptions() {
        SuiteContract c = SuiteContract.parse("--profile", "Nightly", "--out", "x", "--only", "^a\\.", "--map",
                "com.acme.MyMap", "--heap", "48m", "--heap-dump");

        assertThat(c.profile()).isEqualTo(Profile.NIGHTLY);
        assertThat(c.out()).isEqualTo(Path.of("x"));
        assertThat(c.map()).isEqualTo("com.acme.MyMap");
        assertThat(c.list()).isFalse();
        assertThat(c.suiteOptions()).containsExactly("--heap", "48m", "--heap-dump");
        assertThat(c.select(SUITE)).containsExactly("a.First", "a.Second");
        assertThat(SuiteContract.parse("--list").profile()).as("the default profile").isEqualTo(Profile.QUICK);
    }

    @Test
    void aTestsFileSelectsExactlyThoseNamesInItsOrder() {
        Path file = dir.resolve("sel.txt");
        SuiteContract.writeTests(file, List.of("b.Third", "a.First"));

        assertThat(SuiteContract.parse("--out", "x", "--tests", file.toString()).select(SUITE))
                .containsExactly("b.Third", "a.First");
        assertThat(SuiteContract.parse("--out", "x", "--tests", file.toString(), "--only", "First").select(SUITE))
                .containsExactly("a.First");
        SuiteContract.writeTests(file, List.of("a.Fourth"));
        assertThatThrownBy(() -> SuiteContract.parse("--out", "x", "--tests", file.toString()).select(SUITE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--tests: no test named 'a.Fourth' in this "
                        + "suite");
    }

    @Test
    void badArgumentsSayWhatIsWrongInOneLine() {
        assertThatThrownBy(() -> SuiteContract.parse("--profile", "quick")).hasMessage("--out DIR is required");
        assertThatThrownBy(() -> SuiteContract.parse("--out")).hasMessage("--out needs a value");
        assertThatThrownBy(() -> SuiteContract.parse("--out", "x", "--profile", "fast"))
                .hasMessageContaining("unknown profile");
        assertThatThrownBy(() -> SuiteContract.parse("--out", "x", "--only", "("))
                .hasMessageStartingWith("--only: invalid regular expression '('");
        assertThatThrownBy(() -> SuiteContract.parse("--out", "x", "--tests", dir.resolve("none").toString()))
                .hasMessageStartingWith("--tests: cannot read");
        assertThatThrownBy(() -> SuiteContract.parse("--out", "x", "--bogus").requireNoSuiteOptions())
                .hasMessageStartingWith("unknown argument '--bogus'");
    }

    @Test
    void announcedTestsAreReadBackInOrder() throws Exception {
        SuiteContract c = SuiteContract.parse("--out", dir.toString());
        assertThat(SuiteContract.started(dir)).isEmpty();

        c.announce("a.First");
        c.announce("a.Second");

        assertThat(SuiteContract.started(dir)).containsExactly("a.First", "a.Second");
        assertThat(Files.readString(dir.resolve(SuiteContract.STARTED))).isEqualTo("a.First\na.Second\n");
    }

    @Test
    void aMapClassIsCheckedOnce() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(MapClass.resolve("java.util.TreeMap",
                loader).getDeclaringClass()).isEqualTo(java.util.TreeMap.class);
        assertThatThrownBy(() -> MapClass.resolve("com.acme.Missing", loader))
                .hasMessage("map class 'com.acme.Missing' not found on the classpath");
        assertThatThrownBy(() -> MapClass.resolve("java.lang.String", loader))
                .hasMessage("'java.lang.String' is not a java.util.Map");
        assertThatThrownBy(() -> MapClass.resolve("java.util.AbstractMap", loader))
                .hasMessage("'java.util.AbstractMap' is abstract; give a concrete class");
        assertThatThrownBy(() -> MapClass.resolve("java.util.EnumMap", loader))
                .hasMessage("'java.util.EnumMap' has no public no-arg constructor");
    }
}
