package io.kaohe.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a rules watcher compares from one poll to the next: the rules directory, and the office's own scenarios when
 * they live outside it — their directory, or their one file alone, not everything beside it (a scenarios file in a
 * home directory made every poll walk and hash the whole home directory).
 */
class WatcherFingerprintTest {
    @Test
    void aScenariosFileOutsideTheRulesIsFingerprintedAloneAndItsEditsAreSeen(@TempDir Path home) throws Exception {
        Path rules = Files.createDirectories(home.resolve("rules"));
        Files.writeString(rules.resolve("parameters.yaml"), "a: 1\n");
        Path cases = Files.writeString(home.resolve("cases.yaml"), "- name: one\n");
        Path beside = Files.createDirectories(home.resolve("work/deep"));
        Files.writeString(beside.resolve("other.yaml"), "x: 1\n");
        Files.writeString(home.resolve("notes.json"), "{}");

        Map<String, String> before = Watcher.fingerprint(rules, cases);
        assertEquals(Set.of("parameters.yaml", "(scenarios) cases.yaml"), before.keySet());
        Files.writeString(beside.resolve("other.yaml"), "x: 2\n");
        assertEquals(before, Watcher.fingerprint(rules, cases), "files beside the scenarios are not the watcher's");
        Files.writeString(cases, "- name: two\n");
        assertNotEquals(before, Watcher.fingerprint(rules, cases), "an edit of the scenarios is seen");
        Files.delete(cases);
        assertEquals(Set.of("parameters.yaml"), Watcher.fingerprint(rules, cases).keySet(), "a removed file is seen as gone");
    }

    /**
     * The walk itself, seen without timing: beside the scenarios file lies a rule-like file that cannot be read into
     * memory (sparse, larger than a Java string holds, so reading it fails at once, before a byte is read). Walking
     * the file's directory to hash what is there, as the watcher once did, reads it and fails; the file alone does not.
     */
    @Test
    void theDirectoryOfAScenariosFileIsNotReadAtAll(@TempDir Path home) throws Exception {
        Path rules = Files.createDirectories(home.resolve("rules"));
        Path cases = Files.writeString(home.resolve("cases.yaml"), "- name: one\n");
        try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(home.resolve("backup.json").toFile(), "rw")) {
            big.setLength(3L << 30);   // sparse: no disk is used
        }
        Map<String, String> f;
        try {
            f = Watcher.fingerprint(rules, cases);
        } catch (OutOfMemoryError read) {   // the JDK's refusal before reading ("Required array size too large"), not a full heap
            throw new AssertionError("the file beside the scenarios was read: the directory was walked", read);
        }
        assertEquals(Set.of("(scenarios) cases.yaml"), f.keySet());
    }

    @Test
    void aScenariosDirectoryOutsideTheRulesIsFingerprintedWhole(@TempDir Path home) throws Exception {
        Path rules = Files.createDirectories(home.resolve("rules"));
        Path cases = Files.createDirectories(home.resolve("cases/more"));
        Files.writeString(cases.resolve("a.yaml"), "- name: a\n");
        Map<String, String> f = Watcher.fingerprint(rules, home.resolve("cases"));
        assertEquals(Set.of("(scenarios) more/a.yaml"), f.keySet());
        assertTrue(Watcher.fingerprint(rules, null).isEmpty(), "no scenarios, an empty rules directory");
    }
}
