package org.stressharness.cli;

import org.stressharness.report.json.InvalidInputException;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Builds the picocli command line with the harness's error conventions: one line, exit 2. */
final class HarnessCli {

    private HarnessCli() {
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HarnessCommand());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("harness: " + ex.getMessage() + " (see: " + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help)");
            err.flush();
            return HarnessCommand.EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof InvalidInputException || ex instanceof UsageException
                    || ex instanceof IllegalArgumentException) {
                err.println("harness: " + ex.getMessage());
            } else {
                err.println("harness: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
                ex.printStackTrace(err);
            }
            err.flush();
            return HarnessCommand.EXIT_USAGE;
        });
        return cl;
    }
}
