package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.model.Reason;
import io.kaohe.model.TeacherVerdict;

class EmbeddingSampleTest {
    @Test
    void printsTheVerdictItsDossierGets() {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            EmbeddingSample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
        TeacherVerdict v = Cli.shandong().assess(EmbeddingSample.dossier());
        assertEquals("T-0001: " + v.grade() + ", unmet " + v.unmet(), lines.get(0));
        assertEquals(v.reasons().size(), lines.size() - 1, "one line per reason");
        for (int i = 0; i < v.reasons().size(); i++) {
            Reason r = v.reasons().get(i);
            String line = lines.get(i + 1);
            assertTrue(line.contains(r.clause()) && line.contains(r.message()) && line.contains(r.messageEn()), line);
            assertEquals(!r.met(), line.contains("UNMET"), line);
        }
    }
}
