package org.stressharness.jcstress.runner;

import org.stressharness.results.model.Profile;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The suite-fork contract's command line:
 * {@code --profile <smoke|quick|nightly|tough> --out <DIR> [--only <REGEX>] [--map <CLASS>] [--list]}.
 *
 * @param only    matched with {@code find()} against each test's fully qualified class name; null = every test
 * @param mapClass the user's Map implementation, or null for each test's default
 */
record SuiteArguments(Profile profile, Path out, Pattern only, String mapClass, boolean list) {

    static SuiteArguments parse(String[] args) throws UsageException {
        Profile profile = null;
        Path out = null;
        Pattern only = null;
        String mapClass = null;
        boolean list = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--list" -> list = true;
                case "--profile" -> {
                    try {
                        profile = Profile.parse(value(args, ++i, arg));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--only" -> {
                    String regex = value(args, ++i, arg);
                    try {
                        only = Pattern.compile(regex);
                    } catch (PatternSyntaxException e) {
                        throw new UsageException("--only: invalid regular expression '" + regex + "': "
                                + e.getDescription());
                    }
                }
                case "--map" -> mapClass = value(args, ++i, arg).trim();
                default -> throw new UsageException("unknown argument '" + arg + "' (expected --profile, --out, "
                        + "--only, --map, --list)");
            }
        }
        if (profile == null) {
            throw new UsageException("--profile is required (one of: " + Profile.names() + ")");
        }
        if (out == null && !list) {
            throw new UsageException("--out is required");
        }
        return new SuiteArguments(profile, out, only, mapClass, list);
    }

    boolean selects(String testName) {
        return only == null || only.matcher(testName).find();
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
