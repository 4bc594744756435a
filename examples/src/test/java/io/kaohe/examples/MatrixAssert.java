package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaohe.internal.json.KaoheJson;
import tools.jackson.databind.JsonNode;

/**
 * What every surface of the bad-input matrix must show for a JSON Lines input: input lines = verdicts +
 * rejects; each reject names a distinct line; no verdict for a rejected line (the verdicts are exactly
 * the other lines, in order); the rejects name the fields expected; no unmasked personal data anywhere.
 */
final class MatrixAssert {
    private MatrixAssert() {}

    private static final Pattern ID = Pattern.compile("\"id\":\"([TS]-[^\"]+)\"");
    /** A reject quotes at most a short prefix of a bad value (issue 14: garbage input once made rejects 50 times its size). */
    static final int MAX_REJECT_LINE = 6000;

    /** Lines of a file as a reader of lines sees them: a last line without a line break counts, an empty file has none. */
    static int inputLines(byte[] file) {
        int n = 0;
        for (byte b : file) if (b == '\n') n++;
        return file.length > 0 && file[file.length - 1] != '\n' ? n + 1 : n;
    }

    /**
     * @param idField the verdict's id field: teacherId or schoolId
     * @param extra   other text the run wrote (stderr, logs): checked for personal data too
     */
    static void check(String what, byte[] input, BadInput.Expect expect, List<String> verdicts, List<String> rejects,
                      String idField, String extra) {
        String ctx = what + "\n--- verdicts\n" + shorten(String.join("\n", verdicts)) + "\n--- rejects\n" + shorten(String.join("\n", rejects));
        assertEquals(inputLines(input), verdicts.size() + rejects.size(), "input lines = verdicts + rejects: " + ctx);
        assertEquals(expect.verdicts(), verdicts.size(), "verdicts: " + ctx);
        assertEquals(expect.rejects(), rejects.size(), "rejects: " + ctx);
        Set<Long> rejected = new HashSet<>();
        for (String r : rejects) {
            JsonNode node = KaoheJson.MAPPER.readTree(r);
            assertTrue(rejected.add(node.get("line").asLong()), "one reject per line: " + ctx);
            assertTrue(r.length() <= MAX_REJECT_LINE, "a reject is short: " + r.length() + " characters");
            String error = node.get("error").asString();
            assertTrue(error.matches("(?s)^(\\$|[A-Za-z][A-Za-z0-9_.\\[\\]]*…?): .+"), "a reject starts with the field path: " + error);
        }
        for (String f : expect.fragments()) {
            assertTrue(rejects.stream().anyMatch(r -> r.contains(f)), "a reject says '" + f + "': " + ctx);
        }
        // the verdicts are the non-rejected lines, in input order: none for a rejected line, none lost
        String[] lines = new String(input, StandardCharsets.UTF_8).split("\n", -1);
        List<String> expectedIds = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (rejected.contains((long) i + 1) || (i == lines.length - 1 && lines[i].isEmpty())) continue;
            Matcher m = ID.matcher(lines[i]);
            expectedIds.add(m.find() ? m.group(1) : "?");
        }
        List<String> ids = verdicts.stream().map(v -> KaoheJson.MAPPER.readTree(v).get(idField).asString()).toList();
        assertEquals(expectedIds, ids, "verdicts are the lines not rejected: " + ctx);
        noPersonalData(String.join("\n", verdicts) + "\n" + String.join("\n", rejects) + "\n" + extra);
    }

    /** Runs {@code kaohe <command>} on the row's file; checks exit 0, the invariants and the summary line; keeps the outputs. */
    static void cli(String command, BadInput row, byte[] input, BadInput.Expect expect, String idField, java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path in = java.nio.file.Files.write(dir.resolve("input.jsonl"), input);
        Cli.Result r = Cli.run(command, "--pack", "shandong", "--in", in, "--out", dir.resolve("v.jsonl"), "--errors", dir.resolve("r.jsonl"));
        assertEquals(0, r.exit(), r::toString);
        check(row + " (" + command + ")", input, expect, Cli.lines(dir.resolve("v.jsonl")), Cli.lines(dir.resolve("r.jsonl")), idField,
                r.out() + r.err());
        assertEquals(inputLines(input) + " lines: " + expect.verdicts() + " verdicts, " + expect.rejects() + " rejects",
                r.err().strip().lines().reduce((a, b) -> b).orElse(""), r::toString);
        TestOutputs.keep(command + "-" + row, dir, "v.jsonl", "r.jsonl");
    }

    static void noPersonalData(String text) {
        List<String> found = PersonalData.find(text);
        assertTrue(found.isEmpty(), "unmasked personal data in an output: " + found);
    }

    private static String shorten(String s) { return s.length() > 3000 ? s.substring(0, 3000) + "…" : s; }
}
