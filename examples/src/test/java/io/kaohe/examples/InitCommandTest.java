package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Kaohe;

/** Issue 15 item 6, as an officer without the source tree starts: {@code kaohe init}, then check and test. */
class InitCommandTest {
    @Test
    void initWritesThePacksEditableFilesReadyForCheckAndTest(@TempDir Path work) throws Exception {
        for (String pack : Kaohe.packs()) {
            Path dir = work.resolve(pack + "-rules");
            Cli.Result init = Cli.run("init", "--pack", pack, dir, "--lang", "en");
            assertEquals(0, init.exit(), init::toString);
            Map<String, String> files = Kaohe.files(pack);
            String shown = Cli.replacePath(init.out(), dir, "DIR");   // the path as printed, masked or not
            assertTrue(shown.startsWith("wrote " + files.size() + " files of the " + pack + " pack into DIR:\n"), init::toString);
            assertTrue(shown.contains("kaohe check --pack " + pack + " --rules-dir DIR"), "the next step is named\n" + init);
            // every DRL, parameter file, the clauses, the catalog and every scenario with the starter, byte for byte
            assertTrue(files.keySet().stream().anyMatch(f -> f.endsWith(".drl")), files.keySet().toString());
            assertTrue(files.containsKey("scenarios/starter.yaml"), files.keySet().toString());
            assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith("parameters/")), files.keySet().toString());
            for (var f : files.entrySet()) {
                assertEquals(f.getValue(), Files.readString(dir.resolve(f.getKey()), StandardCharsets.UTF_8), f.getKey());
                assertTrue(init.out().contains("\n  " + f.getKey() + "\n"), f.getKey());
            }
            assertFalse(Files.exists(dir.resolve("pack.yaml")), "pack.yaml is not read from a rules directory: not written");

            Cli.Result check = Cli.run("check", "--pack", pack, "--rules-dir", dir);
            assertEquals(0, check.exit(), check::toString);
            assertTrue(check.out().startsWith("OK"), check::toString);
        }
        // the scenarios pass as written (one pack is enough for the slow part)
        Cli.Result test = Cli.run("test", "--pack", "shandong", "--rules-dir", work.resolve("shandong-rules"), "--lang", "en");
        assertEquals(0, test.exit(), test::toString);
        assertTrue(test.out().strip().endsWith(" passed, 0 failed"), test::toString);
        assertEquals(Kaohe.pack("shandong").policyVersion(), Kaohe.pack("shandong", work.resolve("shandong-rules")).policyVersion(),
                "the files as written change nothing");
    }

    @Test
    void initRefusesADirectoryThatIsNotEmptyUnlessForced(@TempDir Path dir) throws Exception {
        Path mine = Cli.write(dir.resolve("my-notes.txt"), "keep me");
        Cli.Result refused = Cli.run("init", "--pack", "shandong", dir, "--lang", "en");
        assertEquals(2, refused.exit(), refused::toString);
        // (masked as every message is: JUnit's temporary directory has a 19-digit run, read as an ID inside a longer run)
        assertTrue(refused.err().contains(Cli.shown(dir) + " is not empty"), refused::toString);
        assertFalse(Files.exists(dir.resolve("parameters")), "nothing written");

        Files.createDirectories(dir.resolve("parameters"));
        Files.writeString(dir.resolve("parameters/teacher.yaml"), "edited: true\n");
        Cli.Result forced = Cli.run("init", "--pack", "shandong", dir, "--force");
        assertEquals(0, forced.exit(), forced::toString);
        assertEquals(Kaohe.files("shandong").get("parameters/teacher.yaml"), Files.readString(dir.resolve("parameters/teacher.yaml")));
        assertEquals("keep me\n", Files.readString(mine), "other files are left alone");

        Path file = Cli.write(dir.resolve("a-file"), "x");
        assertEquals(2, Cli.run("init", "--pack", "shandong", file).exit(), "not a directory");
        assertEquals(2, Cli.run("init", "--pack", "nowhere", dir.resolve("new")).exit(), "unknown pack");
    }
}
