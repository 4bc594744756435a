package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan of {@link PersonalDataScan} would catch a leak: planted ones are found, masked ones and inputs are not. */
class PersonalDataScanTest {
    @Test
    void aPlantedLeakIsFound(@TempDir Path root) throws Exception {
        Path reports = Files.createDirectories(root.resolve("core/target/surefire-reports"));
        Path outputs = Files.createDirectories(root.resolve("examples/target/test-outputs/x"));
        Path fixtures = Files.createDirectories(root.resolve("examples/target/test-classes"));
        String id = BadInput.id(7);
        Files.writeString(reports.resolve("io.kaohe.SomeTest-output.txt"), "[main] WARN line 3: teacher " + id + " rejected\n");
        Files.writeString(reports.resolve("TEST-io.kaohe.SomeTest.xml"), "<system-out><![CDATA[call 13912345678]]></system-out>");
        Files.writeString(outputs.resolve("v.jsonl"), "{\"nationalId\":\"" + id.substring(0, 4) + "**********" + id.substring(14) + "\"}\n");
        Files.writeString(fixtures.resolve("teachers.jsonl"), "{\"nationalId\":\"" + id + "\"}\n");
        Files.writeString(reports.resolve("junit-temp.txt"), "/tmp/junit-123456789012345678/p.json\n");

        List<Path> files = PersonalDataScan.files(root);
        assertEquals(4, files.size(), "reports and outputs, not test inputs: " + files);
        List<String> leaks = PersonalDataScan.scan(files);
        assertEquals(2, leaks.size(), leaks::toString);
        assertTrue(leaks.stream().anyMatch(l -> l.contains("-output.txt: national ID 3709**********")), leaks::toString);
        assertTrue(leaks.stream().anyMatch(l -> l.contains(".xml: mobile 139****5678")), leaks::toString);
        assertTrue(leaks.stream().noneMatch(l -> l.contains(id) || l.contains("13912345678")), "the report masks what it found");
    }

    /** The detector reads the separators a tester got past the first patterns with, and not ordinary dotted numbers. */
    @Test
    void theDetectorReadsAnySeparatorRun() {
        for (String s : new String[] {"138.1234.5678", "138–1234–5678", "138—1234—5678", "138/1234/5678", "138  1234  5678",
                "1 3 8 1 2 3 4 5 6 7 8", "+86.138.1234.5678", "370902.19850101.0013", "370902 / 19850101 / 0013"}) {
            assertEquals(1, PersonalData.find("a " + s + " b").size(), s);
        }
        for (String s : new String[] {"2022.03.01", "2022/3/1", "0.1.0", "25.5", "SD-3.2", "192.168.100.200", "12345.678 9012"}) {
            assertEquals(List.of(), PersonalData.find("a " + s + " b"), s);
        }
    }
}
