package io.kaohe.examples;

import java.io.OutputStream;
import java.io.InputStream;
import java.nio.file.Path;

import io.kaohe.Engine;
import io.kaohe.examples.report.ReportExtras;
import io.kaohe.examples.report.XlsxReport;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.model.ProgressReport;

/**
 * {@code --xlsx}: a report as an Excel workbook ({@link XlsxReport}). The only class the commands call for it, with
 * nothing of the xlsx library in its signatures, so a command run without {@code --xlsx} never loads that library.
 */
final class XlsxJob {
    private XlsxJob() {}

    /** The verdict sheet(s) of {@code kaohe assess}, read back from the verdicts file just written. */
    static void verdicts(Path verdictsJsonl, InputStream input, Engine engine, OutputStream out, Messages m) {
        try (XlsxReport book = new XlsxReport(out, m)) {
            CsvJob.read(verdictsJsonl, input, engine, book::verdicts);
            book.finish();
        }
    }

    /** The progress report's sheets ({@code kaohe progress}). */
    static void progress(ProgressReport r, String title, ReportExtras extras, OutputStream out, Messages m) {
        try (XlsxReport book = new XlsxReport(out, m)) {
            book.progress(r, title, extras).finish();
        }
    }

    /** The demo's workbook: the progress report's sheets, then the verdicts. */
    static void demo(ProgressReport r, String title, ReportExtras extras, Path verdictsJsonl, InputStream input, Engine engine, OutputStream out, Messages m) {
        try (XlsxReport book = new XlsxReport(out, m)) {
            if (r != null) book.progress(r, title, extras);
            CsvJob.read(verdictsJsonl, input, engine, book::verdicts);
            book.finish();
        }
    }
}
