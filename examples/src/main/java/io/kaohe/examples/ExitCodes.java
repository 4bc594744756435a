package io.kaohe.examples;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

import io.kaohe.KaoheException;
import io.kaohe.RuleFailureException;
import io.kaohe.examples.report.Texts;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.RulesException;
import io.kaohe.internal.privacy.Mask;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into a message on stderr and an exit status, the same for every command
 * (README "Exit status", interchange-additions.md):
 * <ul>
 * <li>{@value #OK}: success (rejects of bad input are not failures);</li>
 * <li>{@value #FAILURES}: rule or scenario failures: rules that do not build or fail a scenario, or a rule that
 *     failed on a record (that record is a reject naming the rule; the run completes);</li>
 * <li>{@value #USAGE}: bad usage or unreadable input;</li>
 * <li>{@value #INTERNAL}: an internal error in Kaohe itself (a bug: please report it).</li>
 * </ul>
 * Nothing printed carries personal data: every message is masked; an internal error prints its stack trace, masked,
 * only with {@code --debug}.
 */
final class ExitCodes implements IExecutionExceptionHandler {
    static final int OK = 0;
    static final int FAILURES = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    /** The {@code exitCodeList} of every command's help. */
    static final String[] HELP = {"0:success (rejected input lines do not change it)",
            "1:rule or scenario failures, including records rejected because a rule failed on them",
            "2:bad usage or unreadable input", "3:internal error in Kaohe (a bug; --debug prints the stack trace)"};

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Locale locale = locale(parsed);
        Messages texts = Texts.of(locale);
        String prefix = "kaohe " + cl.getCommandName() + ": ";
        if (ex instanceof CliException e) {
            err.println(prefix + Mask.scrub(e.message(locale)));
            return e.exitCode();
        }
        if (ex instanceof RulesException e) {
            e.problems().forEach(p -> err.println(Mask.scrub(String.valueOf(p))));
            err.println(prefix + texts.get("cli.rules.problems", e.problems().size()));
            return FAILURES;
        }
        if (ex instanceof RuleFailureException e) {   // a rule failed where no single record could take the blame
            err.println(prefix + e.getMessage(locale));
            return FAILURES;
        }
        if (ex instanceof KaoheException e) {
            err.println(prefix + e.getMessage(locale));
            return USAGE;
        }
        if (ex instanceof UncheckedIOException e) {
            // a bare wrapper (its message is only the cause's toString) adds nothing but a Java class name
            boolean bare = e.getMessage() == null || e.getMessage().equals(String.valueOf(e.getCause()));
            err.println(prefix + Mask.scrub(bare ? texts.get("cli.io", ioReason(e.getCause())) : e.getMessage() + ": " + ioReason(e.getCause())));
            return USAGE;
        }
        java.io.IOException io = ioCause(ex);
        if (io != null) {
            // a full disk or a vanished file met inside a library (Jackson wraps the IOException): not a bug of Kaohe
            err.println(prefix + Mask.scrub(texts.get("cli.io", ioReason(io))));
            return USAGE;
        }
        err.println(prefix + texts.get("cli.internal", Mask.scrub(String.valueOf(ex))));
        if (debug(parsed)) {
            err.print(Mask.stackTrace(ex));   // personal data in any message of the trace masked
        } else {
            err.println(prefix + texts.get("cli.internal.debug"));
        }
        return INTERNAL;
    }

    /** {@code --debug} given, before or after the command's name. */
    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) return true;
        }
        return false;
    }

    /** The first {@link java.io.IOException} among the causes of {@code t}, else null. */
    private static java.io.IOException ioCause(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof java.io.IOException io) return io;
        }
        return null;
    }

    /** What went wrong with a file, said plainly: a full disk is named as one. */
    static String ioReason(Throwable io) {
        String m = String.valueOf(io.getMessage());
        return !m.contains("the disk is full") && (m.contains("No space left on device") || m.contains("Disk quota exceeded"))
                ? "the disk is full (" + m + ")" : m;
    }

    /** The language of messages: {@code --lang} of the command that ran, else the JVM's locale. */
    private static Locale locale(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            Locale l = Messages.parse(p.matchedOptionValue("--lang", (String) null));
            if (l != null) return l;
        }
        return Messages.supported(Locale.getDefault());
    }
}
