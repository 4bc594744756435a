package io.kaohe.examples;

import java.util.Locale;

import io.kaohe.examples.report.Texts;
import io.kaohe.internal.i18n.Messages;
import picocli.CommandLine.Option;

/**
 * {@code --lang zh|en}: the language of what a command writes for people. Without it, messages follow
 * the JVM's locale (Chinese for a {@code zh} locale, else English) and reports (HTML, CSV) are in Chinese,
 * for the administrators they are made for. Machine outputs (JSON verdicts and rejects) are always English.
 */
final class LangOption {
    @Option(names = "--lang", paramLabel = "zh|en",
            description = "language of messages and reports (default: messages follow the JVM locale; reports are in Chinese)")
    String lang;

    /** The language of messages printed to the terminal. */
    Locale messages() { return chosen(Messages.supported(Locale.getDefault())); }

    /** The language of reports. */
    Locale reports() { return chosen(Messages.ZH); }

    Messages texts() { return Texts.of(messages()); }

    private Locale chosen(Locale fallback) {
        if (lang == null) return fallback;
        Locale l = Messages.parse(lang);
        if (l == null) throw CliException.of(ExitCodes.USAGE, "cli.lang.unknown", lang);
        return l;
    }
}
