package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class CliTest {
    @Test
    void versionNamesTheTool() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("kaohe "), r::toString);
        assertFalse(r.out().contains("${"), "the version is filled in by the build");
    }

    @Test
    void packsListsInstalledPacksWithTheirPolicyVersion() {
        Cli.Result r = Cli.run("packs");
        assertEquals(0, r.exit());
        // packs are listed by name; other packs (hunan, liaoning) sort before shandong
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("shandong\t" + Cli.shandong().policyVersion() + "\t")), r::toString);
        assertEquals(r.out().lines().sorted().toList(), r.out().lines().toList(), "sorted by name");
    }

    @Test
    void noCommandOrAnUnknownOneIsExit2WithUsage() {
        Cli.Result none = Cli.run();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Usage: kaohe"), none::toString);
        assertEquals(2, Cli.run("frobnicate").exit());
    }

    @Test
    void helpListsTheCommandsOfTheInterchangeContract() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exit());
        for (String c : new String[] {"assess", "schools", "progress", "check", "test", "demo"}) {
            assertTrue(r.out().contains("  " + c + " "), c);
        }
    }
}
