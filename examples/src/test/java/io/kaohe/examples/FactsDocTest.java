package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.kaohe.Kaohe;

/**
 * docs/authoring.md lists every fact type and property a rule may use, with its meaning, as the code has them: the
 * section is generated ({@link FactsDoc}); this test fails when it is stale, when a member has no javadoc to give its
 * meaning, or when a shipped DRL uses a Kaohe type the section does not cover.
 */
class FactsDocTest {
    private static final Path DOC = Path.of("../docs/authoring.md");
    private static final Path SOURCES = Path.of("../core/src/main/java");

    @Test
    void theAuthoringGuideListsEveryFactTypeAndPropertyAsTheCodeHasThem() throws Exception {
        List<String> problems = new ArrayList<>();
        String section = FactsDoc.section(SOURCES, problems);
        assertTrue(problems.isEmpty(), "give each a javadoc sentence (it becomes its meaning in docs/authoring.md):\n" + String.join("\n", problems));
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(FactsDoc.BEGIN.substring(0, 20));
        int end = doc.indexOf(FactsDoc.END);
        assertTrue(begin >= 0 && end > begin, "docs/authoring.md has the generated section markers");
        String current = doc.substring(begin, end + FactsDoc.END.length());
        if (Boolean.getBoolean("kaohe.facts.write")) {
            Files.writeString(DOC, doc.substring(0, begin) + section + doc.substring(end + FactsDoc.END.length()), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(section, current, "docs/authoring.md is not current with the fact types; regenerate it with: "
                + "mvn -B -o -pl examples -am verify -Dtest=FactsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dkaohe.facts.write=true");
    }

    @Test
    void everyKaoheTypeAShippedRuleImportsIsDocumented() {
        TreeSet<String> documented = new TreeSet<>();
        FactsDoc.TYPES.forEach(c -> documented.add(c.getName()));
        FactsDoc.ENUMS.forEach(c -> documented.add(c.getName()));
        documented.add("io.kaohe.internal.validate.SchoolValidator"); // one helper of the Liaoning school form, not a fact
        Pattern imp = Pattern.compile("(?m)^import (io\\.kaohe\\.[\\w.]+);");
        List<String> missing = new ArrayList<>();
        for (String pack : Kaohe.packs()) {
            Kaohe.files(pack).forEach((file, text) -> {
                if (!file.endsWith(".drl")) return;
                Matcher m = imp.matcher(text);
                while (m.find()) if (!documented.contains(m.group(1))) missing.add(pack + "/" + file + ": " + m.group(1));
            });
        }
        assertEquals(List.of(), missing, "add these to FactsDoc.TYPES (or ENUMS) so docs/authoring.md lists them");
    }
}
