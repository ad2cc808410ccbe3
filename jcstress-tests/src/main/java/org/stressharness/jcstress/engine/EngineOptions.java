package org.stressharness.jcstress.engine;

import org.stressharness.results.model.ConfigurationEvidence;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The jcstress suite's own options. For {@code harness reproduce}: run the selected test only in one recorded
 * configuration ({@code --replay-jvm-args "ARGS" --replay-compile-mode N}), {@code --replay-forks} forks of it,
 * instead of the profile's plan. And {@code --test-budget SECONDS}: the time a compiler-reordering topic's test may
 * take, its planned forks and then {@link FavouredForks} (the nightly profile's own budget otherwise, none in the
 * others).
 *
 * @param replay     the configuration to run, or null to run the profile's plan
 * @param forks      forks of it per run
 * @param testBudget the budget given, or null for the profile's
 * @param testsFrom  {@code --tests-from PATHS}: where a team's own tests came from ({@code --jcstress-tests}), for
 *                   the reproduce command and the messages; null: the catalog on the suite's classpath
 */
record EngineOptions(ConfigurationEvidence.Replay replay, int forks, Duration testBudget, String testsFrom) {

    static final int DEFAULT_FORKS = 1;

    static EngineOptions parse(List<String> suiteOptions) {
        String jvmArgs = null;
        Integer mode = null;
        int forks = DEFAULT_FORKS;
        Duration budget = null;
        String testsFrom = null;
        for (int i = 0; i < suiteOptions.size(); i++) {
            String option = suiteOptions.get(i);
            switch (option) {
                case "--replay-jvm-args" -> jvmArgs = value(suiteOptions, ++i, option);
                case "--replay-compile-mode" -> mode = number(value(suiteOptions, ++i, option), option);
                case "--replay-forks" -> forks = number(value(suiteOptions, ++i, option), option);
                case "--test-budget" -> budget = Duration.ofSeconds(number(value(suiteOptions, ++i, option), option));
                case "--tests-from" -> testsFrom = value(suiteOptions, ++i, option);
                default -> throw new IllegalArgumentException("unknown argument '" + option
                        + "' (expected --profile, --out, --only, --tests, --map, --list, --replay-jvm-args, "
                        + "--replay-compile-mode, --replay-forks, --test-budget, --tests-from)");
            }
        }
        if ((jvmArgs == null) != (mode == null)) {
            throw new IllegalArgumentException("--replay-jvm-args and --replay-compile-mode go together");
        }
        if (forks < 1) {
            throw new IllegalArgumentException("--replay-forks must be at least 1");
        }
        if (budget != null && budget.isNegative()) {
            throw new IllegalArgumentException("--test-budget must not be negative");
        }
        ConfigurationEvidence.Replay replay = jvmArgs == null ? null : new ConfigurationEvidence.Replay(
                jvmArgs.isBlank() ? List.of() : Arrays.asList(jvmArgs.trim().split("\\s+")), mode);
        return new EngineOptions(replay, forks, budget, testsFrom);
    }

    private static String value(List<String> options, int i, String option) {
        if (i >= options.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return options.get(i);
    }

    private static int number(String text, String option) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": not a number '" + text + "'");
        }
    }
}
