package io.kaohe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code kaohe} command line (interchange.md, "Command line"). */
@Command(name = "kaohe", mixinStandardHelpOptions = true, versionProvider = KaoheCli.Version.class,
        description = "Assess teachers and schools with a province's rule pack (教师信息技术应用能力提升工程 2.0).",
        exitCodeListHeading = "%nExit status:%n")
public final class KaoheCli implements Runnable {
    /** The commands, in the order {@code kaohe --help} lists them (added by {@link #commandLine}, not the annotation). */
    static final List<Class<?>> COMMANDS = List.of(AssessCommand.class, SchoolsCommand.class, ProgressCommand.class,
            InitCommand.class, CheckCommand.class, TestCommand.class, DiffCommand.class, CoverageCommand.class, DemoCommand.class,
            PacksCommand.class, GenerateCommand.class, ServeCommand.class, CommandLine.HelpCommand.class);

    /**
     * The commands a command line naming them is built with alone (issue 17, cold start): picocli reads every command's
     * annotations and builds its options and help as it is added, a sixth of picocli's CPU at the start of
     * {@code kaohe assess} (bench/README.md, "Cold start: where the time goes"); these commands' parsing, help and
     * errors never look at their siblings.
     */
    private static final Map<String, Class<?>> ALONE =
            Map.of("assess", AssessCommand.class, "schools", SchoolsCommand.class, "progress", ProgressCommand.class);
    @Spec
    CommandSpec spec;

    /** Global: given before or after the command's name (picocli copies it to every subcommand). */
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "on an internal error (exit status 3), also print the stack trace (personal data masked)")
    boolean debug;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required (try: kaohe demo)");
    }

    public static void main(String[] args) {
        PackPreload.start(args); // first: the pack's rules build on a second thread while picocli starts (issue 17)
        // UTF-8 whatever the platform's default: the output is Chinese text and JSON Lines
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status;
        try {
            status = commandLine(out, err, args).execute(args);
        } catch (OutOfMemoryError e) {
            // no stack trace: the input is too large for the heap given, which the user can change
            err.println("kaohe: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB heap): the input is too large for this heap; give Java more memory (java -Xmx4g …) or split the input");
            status = ExitCodes.USAGE;
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** The command line writing to these streams; {@code execute(args)} returns the exit status. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, COMMANDS);
    }

    /**
     * {@link #commandLine(PrintWriter, PrintWriter)} for {@code args}: with only the command they name when it is one
     * of {@link #ALONE} and nothing but {@code --debug} comes before it (the same output, errors and exit status;
     * {@code KaoheCliTest}); else with every command.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err, alone(args));
    }

    /** The one command {@code args} are read with alone, or every command. */
    static List<Class<?>> alone(String... args) {
        for (String a : args) {
            if (a.equals("--debug")) continue;
            Class<?> c = ALONE.get(a);
            return c == null ? COMMANDS : List.of(c);
        }
        return COMMANDS;
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new KaoheCli());
        // before the settings below: picocli gives each setting to the commands added so far
        for (Class<?> c : commands) cl.addSubcommand(c);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ExitCodes());
        cl.registerConverter(java.time.LocalDate.class, KaoheCli::date);
        exitStatusHelp(cl);
        return cl;
    }

    /** A date option ({@code --as-of}): the contract's yyyy-MM-dd, refused in words rather than Java's parser text. */
    static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' 不是 yyyy-MM-dd 格式的有效日期 — is not a valid date in the form yyyy-MM-dd");
        }
    }

    /** The same exit statuses in the help of every command ({@link ExitCodes}). */
    private static void exitStatusHelp(CommandLine cl) {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        for (String c : ExitCodes.HELP) codes.put(c.substring(0, c.indexOf(':')), c.substring(c.indexOf(':') + 1));
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(codes);
        cl.getSubcommands().values().forEach(KaoheCli::exitStatusHelp);
    }

    /** The version Maven builds into version.properties. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = KaoheCli.class.getResourceAsStream("version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[] {"kaohe " + p.getProperty("version", "(unknown version)"),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
