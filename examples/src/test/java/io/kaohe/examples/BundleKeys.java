package io.kaohe.examples;

import io.kaohe.internal.i18n.Messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Checks shared by the bundle tests of core and examples: same keys and placeholders in both languages, keys in code present. */
final class BundleKeys {
    /** A file name such as {@code report.css}, not a key. */
    private static final Pattern FILE = Pattern.compile("\\.(css|properties|json|jsonl|csv|html|ya?ml|drl)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private BundleKeys() {}

    /** Both languages have exactly the same keys, and each key the same placeholders. */
    static void assertSameKeys(Messages zh, Messages en) {
        assertEquals(new TreeSet<>(en.keys()), new TreeSet<>(zh.keys()), "zh_CN and en bundles have the same keys");
        Map<String, String> differ = new TreeMap<>();
        for (String k : en.keys()) {
            if (!placeholders(zh.get(k)).equals(placeholders(en.get(k)))) differ.put(k, zh.get(k) + " | " + en.get(k));
        }
        assertEquals(Map.of(), differ, "placeholders differ between the languages");
    }

    /** Every string literal under {@code sourceDir} that looks like a key with one of these prefixes is in the bundle. */
    static Set<String> assertKeysInCodeExist(Path sourceDir, Messages bundle, String... prefixes) {
        return assertKeysInCodeExist(java.util.List.of(sourceDir), bundle, prefixes);
    }

    /** As {@link #assertKeysInCodeExist(Path, Messages, String...)}, over several source folders. */
    static Set<String> assertKeysInCodeExist(java.util.List<Path> sourceDirs, Messages bundle, String... prefixes) {
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", prefixes) + ")\\.[a-zA-Z0-9.-]*[a-zA-Z0-9])\"");
        Set<String> used = new TreeSet<>();
        for (Path sourceDir : sourceDirs) {
            try (Stream<Path> files = Files.walk(sourceDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) if (!FILE.matcher(m.group(1)).find()) used.add(m.group(1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(used.size() > 3, "keys found in " + sourceDirs + ": " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle.keys());
        assertEquals(Set.of(), missing, "keys used in code but not in the bundle");
        return used;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
