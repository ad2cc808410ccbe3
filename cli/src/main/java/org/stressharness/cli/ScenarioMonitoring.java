package org.stressharness.cli;

import org.stressharness.results.json.ResultLines;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.TestResult;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the scenarios once more with their alert and GC listeners off, to price the monitoring itself. */
final class ScenarioMonitoring {

    private ScenarioMonitoring() {
    }

    static Map<String, TestResult> runUnmonitored(HarnessHome home, Path dir, Profile profile, String only,
                                                  PrintStream console) {
        List<String> args = new ArrayList<>(List.of("--profile", profile.id(), "--out",
                dir.toString(), "--no-monitoring"));
        if (only != null) {
            args.addAll(List.of("--only", only));
        }
        console.println("== bench: scenarios without monitoring (profile " + profile.id() + ")");
        int exit = new SuiteFork(Suite.SCENARIOS, home, dir, List.of(), args).run(Duration.ofMinutes(30), console);
        Map<String, TestResult> byName = new LinkedHashMap<>();
        if (exit != 0) {
            console.println("== bench: the unmonitored scenario run ended with " + exit + "; its figures are left out");
        }
        for (TestResult r : new ResultLines(dir.resolve("results.jsonl")).read()) {
            byName.put(r.name(), r);
        }
        return byName;
    }
}
