package org.stressharness.results.suite;

import org.stressharness.results.model.Profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The command line every suite runner takes from the harness, parsed in one place:
 * {@code [--profile P] (--out DIR | --list) [--only REGEX] [--tests FILE] [--map CLASS] [suite options...]}.
 *
 * <ul>
 *   <li>{@code --profile}: smoke, quick (the default), nightly or tough;</li>
 *   <li>{@code --out}: where results go ({@value #RESULTS}, one line per finished test) and where the runner
 *       announces each test it starts ({@value #STARTED}), so that a harness watching it knows, rather than
 *       infers, which test was running when it hung or died;</li>
 *   <li>{@code --only}: a regular expression searched in each test name (for people);</li>
 *   <li>{@code --tests}: a file of test names, one per line: exactly these, in this order (what the harness
 *       passes: its plan after filtering and sharding);</li>
 *   <li>{@code --map}: the user's {@code java.util.Map} class, checked by {@link MapClass};</li>
 *   <li>{@code --list}: print the suite's test names, one per line, and exit.</li>
 * </ul>
 * Anything else is left in {@link #suiteOptions} for the suite's own options (the scenarios' heap and
 * collector); a suite with none rejects them with {@link #requireNoSuiteOptions}.
 */
public final class SuiteContract {

    /** The file a runner appends one result line to as each test finishes. */
    public static final String RESULTS = "results.jsonl";
    /** The file a runner appends a test's name to as the test starts. */
    public static final String STARTED = "started.txt";

    private final Profile profile;
    private final Path out;
    private final Pattern only;
    private final List<String> tests;
    private final String map;
    private final boolean list;
    private final List<String> suiteOptions;

    private SuiteContract(Profile profile, Path out, Pattern only, List<String> tests, String map, boolean list,
                          List<String> suiteOptions) {
        this.profile = profile;
        this.out = out;
        this.only = only;
        this.tests = tests;
        this.map = map;
        this.list = list;
        this.suiteOptions = suiteOptions;
    }

    /** @throws IllegalArgumentException with a one-line message on bad arguments */
    public static SuiteContract parse(String... args) {
        Profile profile = Profile.QUICK;
        Path out = null;
        Pattern only = null;
        List<String> tests = null;
        String map = null;
        boolean list = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--profile" -> profile = Profile.parse(value(args, ++i, arg));
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--only" -> only = regex(value(args, ++i, arg));
                case "--tests" -> tests = readTests(Path.of(value(args, ++i, arg)));
                case "--map" -> map = value(args, ++i, arg).trim();
                case "--list" -> list = true;
                default -> rest.add(arg);
            }
        }
        if (out == null && !list) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        return new SuiteContract(profile, out, only, tests, map, list, List.copyOf(rest));
    }

    public Profile profile() {
        return profile;
    }

    /** Null only with {@code --list}. */
    public Path out() {
        return out;
    }

    /** The {@code --only} expression, or null. */
    public Pattern only() {
        return only;
    }

    /** The user's map class name, or null for each test's default. */
    public String map() {
        return map;
    }

    public boolean list() {
        return list;
    }

    /** The arguments that are not the contract's, for the suite to parse. */
    public List<String> suiteOptions() {
        return suiteOptions;
    }

    /** For a suite without options of its own. */
    public void requireNoSuiteOptions() {
        if (!suiteOptions.isEmpty()) {
            throw new IllegalArgumentException("unknown argument '" + suiteOptions.get(0)
                    + "' (expected --profile, --out, --only, --tests, --map, --list)");
        }
    }

    /**
     * The tests to run, from everything the suite has (in its own order): with {@code --tests}, exactly those
     * named, in the file's order (a name the suite does not have is an error); then those {@code --only} finds.
     */
    public List<String> select(List<String> available) {
        List<String> chosen = available;
        if (tests != null) {
            Set<String> known = Set.copyOf(available);
            for (String name : tests) {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("--tests: no test named '" + name + "' in this suite");
                }
            }
            chosen = tests;
        }
        return chosen.stream().filter(name -> only == null || only.matcher(name).find()).toList();
    }

    /** Appends {@code test} to {@value #STARTED} before it runs. */
    public void announce(String test) {
        try {
            Files.writeString(out.resolve(STARTED), test + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.resolve(STARTED), e);
        }
    }

    /** The tests a runner writing into {@code out} announced, in order; empty when none (or no file). */
    public static List<String> started(Path out) {
        try {
            return Files.readAllLines(out.resolve(STARTED), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a {@code --tests} file: the names, one per line. */
    public static void writeTests(Path file, List<String> names) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, names, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static List<String> readTests(Path file) {
        try {
            return List.copyOf(new LinkedHashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList()));
        } catch (IOException e) {
            throw new IllegalArgumentException("--tests: cannot read '" + file + "'");
        }
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
            throw new IllegalArgumentException("--only: invalid regular expression '" + text + "': "
                    + e.getDescription());
        }
    }
}
