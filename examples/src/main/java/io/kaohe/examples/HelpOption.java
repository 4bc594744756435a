package io.kaohe.examples;

import picocli.CommandLine.Option;

/**
 * {@code -h/--help} of a subcommand: prints its help and exits 0, even when its required options are missing
 * (a usage-help option stops picocli from checking them). The version stays an option of {@code kaohe} itself.
 */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
