package org.stressharness.cli;

import org.stressharness.results.json.AtomicFiles;
import org.stressharness.results.suite.UsageException;
import org.stressharness.results.json.Json;
import org.stressharness.results.model.Host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run set out to do, written into its directory before the first suite starts ({@value #NAME}): with it,
 * whatever the suites streamed can be turned into a report at any moment, even after the harness was killed.
 *
 * @param id        the run's id
 * @param startedAt ISO-8601 instant
 * @param profile   the profile's id
 * @param command   the harness command line that started the run
 * @param host      the machine
 * @param suites    per suite id, its planned tests in run order
 */
record RunPlan(String id, String startedAt, String profile, List<String> command, Host host,
               Map<String, List<String>> suites) {

    static final String NAME = "plan.json";

    static RunPlan of(String id, String startedAt, String profile, List<String> command, Host host,
                      Map<Suite, List<String>> plan) {
        Map<String, List<String>> suites = new LinkedHashMap<>();
        plan.forEach((suite, tests) -> suites.put(suite.id(), List.copyOf(tests)));
        return new RunPlan(id, startedAt, profile, command, host, suites);
    }

    void write(Path dir) {
        try {
            AtomicFiles.write(dir.resolve(NAME),
                    Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(NAME), e);
        }
    }

    static boolean existsIn(Path dir) {
        return Files.isRegularFile(dir.resolve(NAME));
    }

    static RunPlan read(Path dir) {
        Path file = dir.resolve(NAME);
        try {
            RunPlan plan = Json.mapper().readValue(Files.readString(file), RunPlan.class);
            if (plan == null || plan.id() == null || plan.suites() == null) {
                throw new UsageException(file + ": not a run plan");
            }
            return plan;
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
