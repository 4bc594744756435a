package io.kaohe.examples.report;

import java.util.Locale;

import io.kaohe.internal.i18n.Messages;

/**
 * The command line's and the reports' texts: {@code io/kaohe/examples/messages_zh_CN.properties} and
 * {@code messages_en.properties} (same keys; a test checks).
 */
public final class Texts {
    public static final String BUNDLE = "io.kaohe.examples.messages";

    private Texts() {}

    public static Messages of(Locale locale) { return Messages.of(BUNDLE, locale, Texts.class.getClassLoader()); }
}
