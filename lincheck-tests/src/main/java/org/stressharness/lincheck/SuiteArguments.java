package org.stressharness.lincheck;

import org.stressharness.results.model.Profile;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The suite-fork command line: {@code --profile P --out DIR [--only REGEX] [--map CLASS] [--list]}.
 *
 * @param only null when every test runs
 * @param map  null when the suite checks ConcurrentHashMap
 * @param out  null only with {@code --list}
 */
public record SuiteArguments(Profile profile, Path out, Pattern only, String map, boolean list) {

    /** @throws IllegalArgumentException with a one-line message on bad arguments */
    public static SuiteArguments parse(String... args) {
        Profile profile = Profile.QUICK;
        Path out = null;
        Pattern only = null;
        String map = null;
        boolean list = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--profile" -> profile = Profile.parse(value(args, ++i, arg));
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--only" -> only = regex(value(args, ++i, arg));
                case "--map" -> map = value(args, ++i, arg);
                case "--list" -> list = true;
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        if (out == null && !list) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        return new SuiteArguments(profile, out, only, map, list);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static Pattern regex(String text) {
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--only: invalid regular expression '" + text + "'");
        }
    }

    /** Whether {@code --only} selects the test ({@code find()} semantics; no {@code --only} selects all). */
    public boolean selects(String testName) {
        return only == null || only.matcher(testName).find();
    }
}
