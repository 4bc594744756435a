package io.kaohe;

import java.util.Locale;

import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.privacy.Mask;

/**
 * A rule threw while it was evaluated for one record (its consequence failed, a parameter name in its
 * {@code then} is unknown, a condition could not be evaluated): a fault of the rules, not of the input
 * nor of Kaohe. The record it was evaluated for gets no verdict; other records are unaffected.
 *
 * <p>The message names the rule, the clause it cites, where it is written and the cause, in English by
 * {@link #getMessage()} and in Chinese by {@link #getMessage(Locale)}; like every Kaohe message it is
 * scrubbed of personal data. The cause is kept, for a debugger; its own message is not scrubbed.
 */
public class RuleFailureException extends KaoheException {
    private final String rule;
    private final String clause;
    private final String file;
    private final int line;

    /**
     * @param rule   the rule's name; null when the engine could not tell which rule failed (a condition)
     * @param clause the clause the rule cites ({@code @clause}); null when unknown
     * @param file   the DRL file the rule is written in; null when unknown
     * @param line   the line of the rule in {@code file}; -1 when unknown
     * @param cause  what the rule threw
     */
    public RuleFailureException(String rule, String clause, String file, int line, Throwable cause) {
        super(cause, rule == null ? "rule.failed.unknown" : "rule.failed",
                new Object[] {nz(rule), nz(clause), where(file, line), causeText(cause, Messages.MACHINE)});
        this.rule = rule;
        this.clause = clause;
        this.file = file;
        this.line = line <= 0 ? -1 : line;
    }

    /** The name of the rule that failed; null when the engine could not tell (a condition failed). */
    public String rule() { return rule; }

    /** The clause the rule cites; null when unknown. */
    public String clause() { return clause; }

    /** The DRL file (resource name) the rule is written in; null when unknown. */
    public String file() { return file; }

    /** The line of the rule in {@link #file()}; -1 when unknown. */
    public int line() { return line; }

    /** The message in this language, the cause's own message too when it is a Kaohe message. */
    @Override
    public String getMessage(Locale locale) {
        return Mask.scrub(Messages.engine(locale).get(messageKey(),
                nz(rule), nz(clause), where(file, line), causeText(getCause(), locale)));
    }

    private static String nz(String s) { return s == null ? "?" : s; }

    private static String where(String file, int line) {
        if (file == null) return "?";
        return line > 0 ? file + ":" + line : file;
    }

    /**
     * What was thrown, in one line: a Kaohe message in its language, else the exception's type and message, and
     * the deepest cause's when it is another (Drools wraps what a condition threw in its own exception).
     */
    private static String causeText(Throwable cause, Locale locale) {
        if (cause == null) return "?";
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof KaoheException k) return k.getMessage(locale);
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root == cause ? text(cause) : text(cause) + " (" + text(root) + ")";
    }

    /** An exception in one line: its type and the first line of its message (not scrubbed). */
    public static String text(Throwable t) {
        String msg = t.getMessage();
        String type = t.getClass().getSimpleName();
        if (msg == null || msg.isBlank()) return type;
        int nl = msg.indexOf('\n');
        return type + ": " + (nl < 0 ? msg : msg.substring(0, nl)).trim();
    }
}
