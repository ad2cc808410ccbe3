package org.stressharness.cli;

import org.stressharness.results.suite.ExitCode;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Builds the picocli command line with the harness's error conventions: one line, exit 2. */
final class HarnessCli {

    private HarnessCli() {
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HarnessCommand());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            // picocli's own suggestions ("--profle": --profile) stay on the one line.
            String suggestion = ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
                    ? " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)" : "";
            err.println("harness: " + ex.getMessage() + suggestion + " (see: "
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            err.flush();
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof IllegalArgumentException) { // UsageException is one
                err.println("harness: " + ex.getMessage());
                err.flush();
                return ExitCode.USAGE.code();
            }
            // Anything else is the machinery's fault (a disk that refuses a write, a bug): no verdict, not bad input.
            err.println("harness: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            ex.printStackTrace(err);
            err.flush();
            return ExitCode.ERROR.code();
        });
        return cl;
    }

    /** The command line as the user typed it, recorded in runs and benchmarks so they can be repeated. */
    static List<String> invocation(CommandLine.Model.CommandSpec spec) {
        List<String> cmd = new ArrayList<>();
        cmd.add("harness");
        cmd.addAll(spec.commandLine().getParseResult().originalArgs());
        return cmd;
    }
}
