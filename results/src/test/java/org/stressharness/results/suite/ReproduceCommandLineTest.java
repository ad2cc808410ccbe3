package org.stressharness.results.suite;

import org.junit.jupiter.api.Test;
import org.stressharness.results.model.Profile;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReproduceCommandLineTest {

    @Test
    void aRerunSelectsExactlyItsTestEvenWhenTheNameHoldsRegexCharacters() {
        String name = "UserMapLinearizable[com.example.Map$Inner].stress";
        String command = ReproduceCommandLine.rerun("lincheck", Profile.NIGHTLY, name).toString();

        assertThat(command).startsWith("./harness run --suites lincheck --profile nightly --only '^");
        String regex = command.substring(command.indexOf("'") + 1, command.lastIndexOf("'"));
        assertThat(Pattern.compile(regex).matcher(name).find()).isTrue();
        assertThat(Pattern.compile(regex).matcher("UserMapLinearizable[com.example.MapXInner].stress").find())
                .isFalse();
        assertThat(Pattern.compile(regex).matcher("xx" + name).find()).isFalse();
    }

    @Test
    void optionsAreQuotedAsShellWordsAndPlaceholdersLeftAsTheyAre() {
        String command = ReproduceCommandLine.rerun("scenarios", Profile.QUICK, "hashmap-default")
                .option("--map", "com.example.My Map").option("--classpath", "<jars>").option("--jfr").toString();

        assertThat(command).isEqualTo("./harness run --suites scenarios --profile quick --only '^hashmap-default$'"
                + " --map 'com.example.My Map' --classpath <jars> --jfr");
    }

    @Test
    void exitCodesAreDistinctAndUsageIsTwo() {
        assertThat(java.util.Arrays.stream(ExitCode.values()).map(ExitCode::code).distinct())
                .hasSize(ExitCode.values().length);
        assertThat(ExitCode.USAGE.code()).isEqualTo(2);
        assertThat(new UsageException("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
