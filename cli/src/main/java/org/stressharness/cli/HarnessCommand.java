package org.stressharness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code harness} command: runs the suites and turns their results into reports. */
@Command(name = "harness", mixinStandardHelpOptions = true, version = "stress-harness 0.1.0",
        description = "Concurrency-correctness and memory-stress harness for the JVM.",
        subcommands = {
                RunCommand.class,
                ReproduceCommand.class,
                ReportCommand.class, CompareCommand.class, DiffCommand.class,
                BenchCommand.class, HistoryCommand.class,
        })
public final class HarnessCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (run, report, compare, diff "
                + "...)");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code, without exiting (tests call this). */
    public static int execute(String... args) {
        return HarnessCli.commandLine().execute(args);
    }
}
