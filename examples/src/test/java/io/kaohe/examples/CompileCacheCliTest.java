package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 8, the way an officer works: edit, `test`, `test` again, `diff`. The second command on unchanged
 * rules takes them from the compile cache and says so with the time taken; an edit, or a damaged cache entry, is
 * compiled again; the results are the same either way.
 */
class CompileCacheCliTest {
    private static final String PROPERTY = "kaohe.cache.dir";
    private String before;

    @TempDir
    Path cache;

    @BeforeEach
    void ownCache() {
        before = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, cache.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) System.clearProperty(PROPERTY);
        else System.setProperty(PROPERTY, before);
    }

    private static final String COMPILED = "rules compiled in ";
    private static final String CACHED = "rules taken from the compile cache in ";

    private static void writeDrl(Path dir, String comment) throws IOException {
        Files.writeString(dir.resolve(CheckCommandTest.DRL), "// " + comment + "\n" + CheckCommandTest.shipped(CheckCommandTest.DRL));
    }

    @Test
    void unchangedRulesAreCompiledOnceAcrossCommands(@TempDir Path dir, @TempDir Path work) throws IOException {
        writeDrl(dir, "raised by the office, 2026");
        Path teachers = Cli.sample(Samples.TEACHERS, work);

        Cli.Result first = Cli.run("test", "--pack", "shandong", "--rules-dir", dir);
        assertTrue(first.err().matches("(?s).*规则编译用时 \\d+\\.\\d 秒 — " + COMPILED + "\\d+\\.\\d s\\R.*"), first::toString);
        Cli.Result again = Cli.run("test", "--pack", "shandong", "--rules-dir", dir);
        assertTrue(again.err().matches("(?s).*规则取自编译缓存，用时 \\d+\\.\\d 秒 — " + CACHED + "\\d+\\.\\d s\\R.*"), again::toString);
        assertEquals(first.out(), again.out(), "the cached rules decide as the compiled ones");
        assertEquals(first.exit(), again.exit());

        Cli.Result diff = Cli.run("diff", "--pack", "shandong", "--rules-dir", dir, "--in", teachers);
        assertTrue(diff.err().contains(CACHED), diff::toString);
        Cli.Result check = Cli.run("check", "--pack", "shandong", "--rules-dir", dir);
        assertEquals(0, check.exit(), check::toString);
        assertTrue(check.err().contains("checked in ") && check.err().contains("(rules taken from the compile cache)"), check::toString);

        writeDrl(dir, "raised by the office, 2026, reviewed");
        Cli.Result edited = Cli.run("test", "--pack", "shandong", "--rules-dir", dir);
        assertTrue(edited.err().contains(COMPILED), "an edit is compiled again\n" + edited);
        assertEquals(first.out(), edited.out());
    }

    @Test
    void aDamagedEntryIsCompiledAgain(@TempDir Path dir) throws IOException {
        writeDrl(dir, "a cache entry to damage");
        Cli.Result first = Cli.run("test", "--pack", "shandong", "--rules-dir", dir);
        assertTrue(first.err().contains(COMPILED), first::toString);
        List<Path> entries;
        try (var files = Files.list(cache)) {
            entries = files.filter(p -> p.toString().endsWith(".kjar")).toList();
        }
        assertEquals(1, entries.size(), "one entry per build: " + entries);
        Files.write(entries.get(0), new byte[] {'P', 'K', 3, 4, 0});
        Cli.Result again = Cli.run("test", "--pack", "shandong", "--rules-dir", dir);
        assertTrue(again.err().contains(COMPILED), again::toString);
        assertEquals(first.out(), again.out());
        Cli.Result third = Cli.run("test", "--pack", "shandong", "--rules-dir", dir);
        assertTrue(third.err().contains(CACHED), "the rebuilt entry is kept\n" + third);
    }
}
