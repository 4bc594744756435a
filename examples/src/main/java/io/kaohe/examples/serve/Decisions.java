package io.kaohe.examples.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;

import io.kaohe.CohortFormatException;
import io.kaohe.CohortReader;
import io.kaohe.Cohorts;
import io.kaohe.Engine;
import io.kaohe.FieldError;
import io.kaohe.InvalidInputException;
import io.kaohe.Json;
import io.kaohe.KaoheException;
import io.kaohe.ProgressInput;
import io.kaohe.RuleFailureException;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.json.ByteLines;
import io.kaohe.internal.json.LineParser;
import io.kaohe.internal.json.Parsed;
import io.kaohe.internal.privacy.Mask;
import io.kaohe.internal.stream.LineOutput;
import io.kaohe.internal.stream.SchoolStream;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * The decision endpoints. Each request takes the rules serving when it starts ({@link PackEngine#pinned}) and is decided
 * wholly by them, however many dossiers it holds and whatever reload happens meanwhile; that revision is in the
 * response's headers and body. Input is read, checked and rejected exactly as the command line does it (the same
 * parser, the same reject text), so a client sees the same error for the same bad line.
 */
final class Decisions {
    private final DecisionService service;

    Decisions(DecisionService service) { this.service = service; }

    /** A fresh decision ID. */
    static String newId() { return UUID.randomUUID().toString(); }

    /** {@code POST /v1/assess}: one dossier → {@code {"decisionId","revision","result": verdict}}, or a 400 with the reject. */
    void assess(HttpExchange x, Engine engine, String id) throws IOException {
        long start = System.nanoTime();
        byte[] body = Http.body(x, service.settings.maxBody());
        String text = Http.utf8(body);
        LineParser<TeacherDossier> parser = LineParser.teachers();
        Parsed<TeacherDossier> p = parser.parse(new ByteLines.Line(1, text == null ? "" : text, text == null ? ByteLines.NOT_UTF8 : null));
        String revision = engine.policyVersion();
        if (p.ok()) {
            TeacherDossier d = p.value();
            String teacherId = d.teacher() == null ? null : d.teacher().id();
            try {
                TeacherVerdict v = engine.assess(d);
                service.decided(id, v, d);
                Http.send(x, 200, "{\"decisionId\":" + Json.write(id) + ",\"revision\":" + Json.write(revision) + ",\"result\":" + Json.write(v) + "}");
                service.metrics.seconds.labelValues(engine.pack(), "assess").observe(seconds(start));
                return;
            } catch (InvalidInputException e) {
                p = parser.reject(1, teacherId, e.errors());
            } catch (RuleFailureException e) {
                // the rules' fault, not the input's: a 500, with the reject naming the rule (as the command line's)
                p = parser.ruleFailure(1, teacherId, e);
                service.rejected(engine.pack(), 1);
                Http.send(x, 500, "{\"decisionId\":" + Json.write(id) + ",\"revision\":" + Json.write(revision) + ",\"reject\":" + Json.write(p.reject()) + "}");
                return;
            } catch (KaoheException e) {
                p = parser.reject(1, teacherId, "$: " + e.getMessage());
            }
        }
        service.rejected(engine.pack(), 1);
        Http.send(x, 400, "{\"decisionId\":" + Json.write(id) + ",\"revision\":" + Json.write(revision) + ",\"reject\":" + Json.write(p.reject()) + "}");
    }

    /**
     * {@code POST /v1/assess/batch}: JSON Lines of dossiers in; out, streamed as they are decided, one line per input line
     * in input order: the verdict, or the reject ({@code line}, {@code error}) exactly as {@code kaohe assess} writes them.
     */
    void batch(HttpExchange x, Engine engine, String id) throws IOException {
        long start = System.nanoTime();
        InputStream in = Http.capped(x, service.settings.maxBatchBody());
        Recording recording = new Recording(engine, id);
        x.getResponseHeaders().set("Content-Type", Http.JSON_LINES);
        x.sendResponseHeaders(200, 0);
        OutputStream out = new BufferedOutputStream(x.getResponseBody(), 16 * 1024);
        LineOutput lines = LineOutput.of(out);
        LineOutput verdicts = new LineOutput() {
            @Override
            public void line(byte[] json) throws IOException {
                recording.written();           // a verdict line: the decision it renders stands (not a duplicate)
                lines.line(json);
            }

            @Override
            public void flush() throws IOException { lines.flush(); }
        };
        // one thread: lines are decided in order on this worker, so a batch takes one worker of the bounded pool
        TeacherStream.Counts counts = TeacherStream.assess(recording, in, verdicts, lines, 1);
        out.close();
        service.rejected(engine.pack(), counts.rejects());
        service.metrics.seconds.labelValues(engine.pack(), "batch").observe(seconds(start));
    }

    /**
     * {@code POST /v1/schools}: JSON Lines of school dossiers, assessed together (caps apply across them) →
     * {@code {"decisionId","revision","verdicts":[…],"rejects":[…]}}.
     */
    void schools(HttpExchange x, Engine engine, String id) throws IOException {
        long start = System.nanoTime();
        byte[] body = Http.body(x, service.settings.maxBatchBody());
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        TeacherStream.Counts counts = SchoolStream.assess(engine, new java.io.ByteArrayInputStream(body), verdicts, rejects);
        // a few dozen schools: their verdicts are read back for the log and the metrics
        long n = 0;
        for (String line : verdicts.toString().split("\n")) {
            if (!line.isEmpty()) service.decided(id + "/" + ++n, Json.read(line, SchoolVerdict.class));
        }
        service.rejected(engine.pack(), counts.rejects());
        Http.send(x, 200, "{\"decisionId\":" + Json.write(id) + ",\"revision\":" + Json.write(engine.policyVersion())
                + ",\"verdicts\":" + array(verdicts) + ",\"rejects\":" + array(rejects) + "}");
        service.metrics.seconds.labelValues(engine.pack(), "schools").observe(seconds(start));
    }

    /** {@code POST /v1/progress?asOf=yyyy-MM-dd}: a cohort (JSON) → its progress report (JSON), one pass over the teachers. */
    void progress(HttpExchange x, Engine engine, String id) throws IOException {
        long start = System.nanoTime();
        // read whole before deciding: the JDK server's request timeout runs until the body is read, and must not
        // include the time the decisions take
        byte[] body = Http.body(x, service.settings.maxBatchBody());
        String asOfText = query(x, "asOf");
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(asOfText == null ? "" : asOfText);
        } catch (DateTimeParseException e) {
            Http.error(x, 400, "asOf: '" + Mask.echo(asOfText) + "' is not a date in the form yyyy-MM-dd (POST /v1/progress?asOf=2022-06-30)",
                    "decisionId", id);
            return;
        }
        ProgressReport report;
        try (CohortReader cohort = Cohorts.read(new java.io.ByteArrayInputStream(body))) {
            report = engine.progress((ProgressInput) cohort, asOf);
        } catch (CohortFormatException e) {
            String where = e.line() < 1 ? "" : "line " + e.line() + ": ";
            String what = switch (e.problem()) {
                case EMPTY -> "$: the body is empty (expected a cohort: a JSON object)";
                case NOT_AN_OBJECT -> "$: expected a cohort (a JSON object)";
                case INVALID -> String.valueOf(e.error());
            };
            Http.error(x, 400, where + what, "decisionId", id);
            return;
        } catch (InvalidInputException e) {
            Http.error(x, 400, FieldError.join(e.errors(), ""), "decisionId", id);
            return;
        }
        service.rejected(engine.pack(), report.rejects().size());
        service.logged(Http.object("decisionId", id, "time", Instant.now().toString(), "pack", engine.pack(),
                "revision", engine.policyVersion(), "endpoint", "progress", "asOf", asOf.toString(),
                "rejects", report.rejects().size()));
        Http.send(x, 200, "{\"decisionId\":" + Json.write(id) + ",\"revision\":" + Json.write(engine.policyVersion())
                + ",\"result\":" + Json.write(report) + "}");
        service.metrics.seconds.labelValues(engine.pack(), "progress").observe(seconds(start));
    }

    /** The value of one query parameter (its first occurrence), URL-decoded; null when absent. */
    static String query(HttpExchange x, String name) {
        String q = x.getRequestURI().getRawQuery();
        if (q == null) return null;
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
            if (key.equals(name)) return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), UTF_8);
        }
        return null;
    }

    /** JSON Lines as one JSON array (each line is already a JSON value). */
    private static String array(StringWriter lines) {
        String text = lines.toString().strip();
        return text.isEmpty() ? "[]" : "[" + text.replace("\n", ",") + "]";
    }

    private static double seconds(long startNanos) { return (System.nanoTime() - startNanos) / 1e9; }

    /**
     * The pinned engine, telling the service of each verdict of a batch once its line is written (a later line of the same
     * teacher is a reject, not a decision). Decision IDs of a batch or school list: the request's ID, a slash, the
     * verdict's number in the response (1, 2, …).
     */
    private final class Recording implements Engine {
        private final Engine engine;
        private final String id;
        private TeacherVerdict pending;
        private TeacherDossier pendingDossier;
        private long decisions;

        Recording(Engine engine, String id) {
            this.engine = engine;
            this.id = id;
        }

        void written() {
            if (pending != null) service.decided(id + "/" + ++decisions, pending, pendingDossier);
            pending = null;
        }

        @Override
        public String pack() { return engine.pack(); }

        @Override
        public String policyVersion() { return engine.policyVersion(); }

        @Override
        public List<FieldError> validate(TeacherDossier dossier) { return engine.validate(dossier); }

        @Override
        public TeacherVerdict assess(TeacherDossier dossier) {
            pending = null;
            TeacherVerdict v = engine.assess(dossier);
            pending = v;
            pendingDossier = dossier;
            return v;
        }

        @Override
        public List<SchoolVerdict> assessSchools(List<SchoolDossier> schools) {
            return engine.assessSchools(schools);
        }

        @Override
        public ProgressReport progress(ProgressInput input, LocalDate asOf) { return engine.progress(input, asOf); }
    }
}
