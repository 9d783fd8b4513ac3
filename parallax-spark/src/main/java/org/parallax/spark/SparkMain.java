package org.parallax.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the Spark commands: {@code parallax spark} and {@code parallax bench-spark} (the
 * launcher sends them here, so the main CLI keeps Spark off its classpath), and the main class of the
 * job jar for {@code spark-submit}.
 */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "parallax 0.1.0",
        description = "Parallax on Apache Spark.",
        subcommands = {SparkCommand.class, BenchSparkCommand.class, CommandLine.HelpCommand.class})
public final class SparkMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and gives its exit code; used by tests without exiting the JVM. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new SparkMain());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("parallax: " + (e instanceof IllegalStateException && e.getMessage() != null
                    ? e.getMessage() : e.toString()));
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
