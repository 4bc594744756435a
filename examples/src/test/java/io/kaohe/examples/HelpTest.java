package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** An officer typing {@code kaohe X --help} gets X's help and exit 0, whatever options X requires. */
class HelpTest {
    private static Set<String> subcommands() {
        return KaoheCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).getSubcommands().keySet();
    }

    @TestFactory
    List<DynamicTest> everySubcommandPrintsItsHelpAndExits0() {
        List<DynamicTest> out = new ArrayList<>();
        for (String name : subcommands()) {
            for (String flag : List.of("--help", "-h")) {
                out.add(DynamicTest.dynamicTest(name + " " + flag, () -> {
                    Cli.Result r = Cli.run(name, flag);
                    assertEquals(0, r.exit(), r::toString);
                    assertEquals("", r.err(), r::toString);
                    assertTrue(r.out().contains("Usage: kaohe " + name + " "), r::toString);
                    assertTrue(name.equals("help") || r.out().contains("-h, --help"), r::toString);
                }));
            }
        }
        return out;
    }

    @Test
    void theHelpCommandAnswersForEverySubcommandToo() {
        for (String name : subcommands()) {
            Cli.Result r = Cli.run("help", name);
            assertEquals(0, r.exit(), r::toString);
            assertTrue(r.out().contains("Usage: kaohe " + name + " "), r::toString);
        }
    }

    /** The command list shows the first line of each description: it must be a whole sentence. */
    @Test
    void everySummaryInTheCommandListIsAWholeSentence() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exit(), r::toString);
        String list = r.out().substring(r.out().indexOf("Commands:"), r.out().indexOf("Exit status:"));
        List<String> summaries = new ArrayList<>();
        for (String line : list.lines().skip(1).toList()) {
            if (line.isBlank()) continue;
            if (line.startsWith("    ")) summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
            else summaries.add(line.strip());
        }
        assertEquals(subcommands().size(), summaries.size(), list);
        for (String s : summaries) assertTrue(s.endsWith(".") || s.endsWith(")"), "cut off: " + s);
    }

    @Test
    void aMissingRequiredOptionIsStillExit2() {
        Cli.Result r = Cli.run("assess");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("Missing required options"), r::toString);
    }
}
