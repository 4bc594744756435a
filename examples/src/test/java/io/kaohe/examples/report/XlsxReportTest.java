package io.kaohe.examples.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.examples.XlsxReader;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.model.Grade;
import io.kaohe.model.TeacherVerdict;
import tools.jackson.databind.JsonNode;

/**
 * The verdict sheet streams: past Excel's row limit it continues on a next sheet, and a million verdicts are written
 * in a heap far too small to hold them (flat memory).
 */
class XlsxReportTest {
    /** {@code n} made-up verdicts, made one at a time as the sheet asks for them (none is kept). */
    static Iterable<TeacherVerdict> verdicts(int n) {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() { return i < n; }

            @Override
            public TeacherVerdict next() {
                i++;
                return new TeacherVerdict(String.format("T-%07d", i), "shandong", "shandong-test", LocalDate.of(2022, 6, 30), i % 3 != 0,
                        i % 3 == 0 ? Grade.INCOMPLETE : Grade.PASS, i % 3 == 0 ? List.of("SD-01") : List.of(), List.of(), List.of(), null);
            }
        };
    }

    @Test
    void aSheetFullUpToTheRowLimitContinuesOnTheNext(@TempDir Path dir) throws IOException {
        XlsxReader reader = XlsxReader.require(dir);
        Path file = dir.resolve("v.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            try (XlsxReport book = new XlsxReport(out, Texts.of(Messages.ZH), 5)) {   // 4 rows under the header per sheet
                assertEquals(10, book.verdicts(verdicts(10), v -> "S-1"));
                book.finish();
            }
        }
        JsonNode read = reader.read(file);
        assertEquals(List.of("考核结论", "考核结论 (2)", "考核结论 (3)"), XlsxReader.names(read));
        List<String> ids = new ArrayList<>();
        for (JsonNode sheet : read.get("sheets")) {
            JsonNode rows = sheet.get("rows");
            assertEquals("教师编号", rows.get(0).get(0).asString(), "every part has the header");
            assertTrue(rows.size() <= 5, "no more rows than the limit");
            for (int i = 1; i < rows.size(); i++) ids.add(rows.get(i).get(0).asString());
        }
        assertEquals(10, ids.size());
        assertEquals("T-0000001", ids.get(0));
        assertEquals("T-0000010", ids.get(9), "in order, none lost at a split");
    }

    @Test
    void aMillionVerdictsStreamInAFlatHeapAcrossTwoSheets(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("million.xlsx");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-cp", System.getProperty("java.class.path"), XlsxReportTest.class.getName(), file.toString(), "1050000"))
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "finished");
        assertEquals(0, p.exitValue(), text);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertNotNull(zip.getEntry("xl/worksheets/sheet1.xml"));
            assertNotNull(zip.getEntry("xl/worksheets/sheet2.xml"), "the rows past 1,048,575 are on a second sheet");
            assertNull(zip.getEntry("xl/worksheets/sheet3.xml"));
            String workbook = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(workbook.contains("&#x8003;&#x6838;&#x7ed3;&#x8bba; (2)") || workbook.contains("考核结论 (2)"), workbook);
        }
    }

    /** Writes {@code args[1]} made-up verdicts to the workbook {@code args[0]} (run in a JVM with a small heap). */
    public static void main(String[] args) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])))) {
            try (XlsxReport book = new XlsxReport(out, Texts.of(Messages.ZH))) {
                long n = book.verdicts(verdicts(Integer.parseInt(args[1])), v -> "S-01");
                book.finish();
                System.out.println(n + " rows");
            }
        }
    }
}
