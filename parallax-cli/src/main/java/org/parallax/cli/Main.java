package org.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code parallax} command. */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "parallax 0.1.0",
        description = "Reads many news articles about the same events and shows one story from every side.",
        subcommands = {AnalyzeCommand.class, ClusterCommand.class, BenchCommand.class, BenchClusterCommand.class, BenchIngestCommand.class, QuoteBenchCommand.class, BenchAnalyzeCommand.class,
                ServeCommand.class, BenchWebCommand.class, BenchLoadCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and gives its exit code; used by tests without exiting the JVM. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // bugs and environment failures end here as one line; --debug shows the trace
            // an environment failure (a folder in use, a port taken) says itself; anything else is a bug
            // the message may hold a file name, which may hold anything
            commandLine.getErr().println(org.parallax.report.Printable.of("parallax: "
                    + (e instanceof IllegalStateException && e.getMessage() != null ? e.getMessage() : e.toString())));
            if (Boolean.getBoolean("parallax.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            return 3;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
