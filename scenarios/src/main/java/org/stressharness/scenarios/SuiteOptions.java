package org.stressharness.scenarios;

import org.stressharness.results.model.Profile;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The suite runner's command line: {@code --profile NAME --out DIR [--only REGEX] [--map CLASS] [--list]
 * [--heap SIZE] [--gc G1|Serial|Parallel|Z] [--heap-dump] [--no-monitoring]}.
 *
 * @param heap {@code --heap}, overriding the profile's heap size
 */
public record SuiteOptions(Profile profile, Path out, Pattern only, String mapClass, boolean list,
                           Optional<HeapSize> heap, Collector collector, boolean heapDump, boolean monitoring) {

    public static SuiteOptions parse(String... args) throws UsageException {
        Profile profile = Profile.QUICK;
        Path out = null;
        Pattern only = null;
        String map = null;
        boolean list = false;
        Optional<HeapSize> heap = Optional.empty();
        Collector collector = Collector.G1;
        boolean heapDump = false;
        boolean monitoring = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            try {
                switch (a) {
                    case "--profile" -> profile = Profile.parse(value(args, ++i, a));
                    case "--out" -> out = Path.of(value(args, ++i, a));
                    case "--only" -> only = Pattern.compile(value(args, ++i, a));
                    case "--map" -> map = value(args, ++i, a);
                    case "--list" -> list = true;
                    case "--heap" -> heap = Optional.of(HeapSize.parse(value(args, ++i, a)));
                    case "--gc" -> collector = Collector.parse(value(args, ++i, a));
                    case "--heap-dump" -> heapDump = true;
                    case "--no-monitoring" -> monitoring = false;
                    default -> throw new UsageException("unknown option '" + a + "'");
                }
            } catch (IllegalArgumentException e) {
                String why = e instanceof PatternSyntaxException p ? "invalid --only regex: " + p.getDescription()
                        : e.getMessage();
                throw new UsageException(why);
            }
        }
        if (out == null && !list) {
            throw new UsageException("missing --out DIR");
        }
        if (map != null && map.isBlank()) {
            throw new UsageException("--map needs a class name");
        }
        return new SuiteOptions(profile, out, only, map, list, heap, collector, heapDump, monitoring);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    public boolean selects(Scenario scenario) {
        return only == null || only.matcher(scenario.id()).find();
    }

    public HeapSize heapSize() {
        return heap.orElse(ProfileSettings.of(profile).heap());
    }
}
