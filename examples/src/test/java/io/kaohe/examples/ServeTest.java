package io.kaohe.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Cohorts;
import io.kaohe.Json;
import io.kaohe.RulesWatcher;
import io.kaohe.examples.serve.DecisionService;
import io.kaohe.examples.serve.Settings;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19: {@code kaohe serve} on a free loopback port, used with the JDK's HTTP client: every endpoint, the same
 * verdicts and the same reject text as the command line, auth, limits, slow clients, a reload (good and broken edit)
 * while requests run, one revision per request, graceful shutdown.
 */
class ServeTest {
    private static final String TOKEN = "kaohe-test-token";
    private static final long MAX_BODY = 64 * 1024;
    private static final long MAX_BATCH = 1 << 20;
    /** Short, so the slow-client test is quick; the JDK server reads it once per JVM, so every server here uses it. */
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> TEACHERS = Cli.sampleLines("teachers.jsonl");

    @TempDir
    static Path dir;
    private static DecisionService server;
    private static Path log;

    @BeforeAll
    static void up() throws IOException {
        log = dir.resolve("decisions.jsonl");
        server = DecisionService.start(settings().withToken(TOKEN).withDecisionLog(log, false, 1000));
    }

    @AfterAll
    static void down() {
        if (server != null) server.close();
    }

    static Settings settings() {
        return Settings.defaults("shandong").withPort(0).withLimits(MAX_BODY, MAX_BATCH, TIMEOUT, Duration.ofSeconds(10));
    }

    private static HttpResponse<String> call(DecisionService s, String method, String path, byte[] body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private static HttpResponse<String> get(String path) throws Exception { return call(server, "GET", path, null, TOKEN); }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return call(server, "POST", path, body.getBytes(UTF_8), TOKEN);
    }

    private static JsonNode json(String text) { return KaoheJson.MAPPER.readTree(text); }

    private static String header(HttpResponse<?> r, String name) { return r.headers().firstValue(name).orElse(null); }

    private static String revision() { return Cli.shandong().policyVersion(); }

    /** Every response names the pack and the policy version. */
    private static void carriesVersion(HttpResponse<?> r) {
        assertEquals("shandong", header(r, "Kaohe-Pack"), r::toString);
        assertEquals(revision(), header(r, "Kaohe-Policy-Version"), r::toString);
    }

    @Test
    void oneDossierGetsTheEmbeddedVerdictWithADecisionIdAndTheRevision() throws Exception {
        String line = TEACHERS.get(0);
        HttpResponse<String> r = post("/v1/assess", line);
        assertEquals(200, r.statusCode(), r::body);
        carriesVersion(r);
        String id = header(r, "Kaohe-Decision-Id");
        assertNotNull(id);
        TeacherVerdict expected = Cli.shandong().assess(KaoheJson.read(line, TeacherDossier.class));
        assertEquals("{\"decisionId\":\"" + id + "\",\"revision\":\"" + revision() + "\",\"result\":" + Json.write(expected) + "}\n", r.body());

        // the decision log: one line for it, written off the request's thread, no dossier unless asked
        JsonNode logged = null;
        for (int i = 0; i < 200 && logged == null; i++) {
            if (Files.exists(log)) {
                for (String l : Files.readAllLines(log)) if (l.contains(id)) logged = json(l);
            }
            if (logged == null) Thread.sleep(25);
        }
        assertNotNull(logged, "decision " + id + " logged");
        assertEquals(expected.teacherId(), logged.get("teacherId").asString());
        assertEquals(expected.grade().name(), logged.get("grade").asString());
        assertEquals(expected.unmet().size(), logged.get("unmet").size());
        assertEquals(revision(), logged.get("revision").asString());
        assertNotNull(logged.get("time"));
        assertFalse(logged.has("dossier"));
    }

    @Test
    void aLoggedDossierHasItsIdsAndEveryTextMasked() throws Exception {
        Path withDossiers = dir.resolve("with-dossiers.jsonl");
        DecisionService s = DecisionService.start(settings().withDecisionLog(withDossiers, true, 1000));
        try {
            String line = TEACHERS.get(0).replace("\"name\":\"沈敏\"", "\"name\":\"沈敏 13812345678\"");
            assertTrue(line.contains("13812345678") && line.contains("379901199209170640"), "the sample line changed: " + line);
            HttpResponse<String> r = call(s, "POST", "/v1/assess", line.getBytes(UTF_8), null);
            assertEquals(200, r.statusCode(), r::body);
        } finally {
            s.close();   // drains the log
        }
        String logged = Files.readString(withDossiers);
        JsonNode teacher = json(logged.lines().findFirst().orElseThrow()).get("dossier").get("teacher");
        assertEquals("沈敏 138****5678", teacher.get("name").asString());
        assertEquals("3799**********0640", teacher.get("nationalId").asString());
        assertFalse(logged.contains("13812345678") || logged.contains("379901199209170640"), logged);
    }

    /** A size or time that would refuse every request, or a port that cannot exist, is a usage error naming the option. */
    @Test
    void limitsThatWouldRefuseEverythingAreRefusedBeforeStarting() {
        for (String[] bad : List.of(new String[] {"--max-body", "-1"}, new String[] {"--max-body", "0"},
                new String[] {"--max-batch-body", "-5000"}, new String[] {"--request-timeout", "0"},
                new String[] {"--grace", "-1"}, new String[] {"--port", "70000"}, new String[] {"--port", "-1"})) {
            Cli.Result r = Cli.run("serve", "--pack", "shandong", bad[0], bad[1]);
            assertEquals(2, r.exit(), r.toString());
            assertTrue(r.err().contains(bad[0]) && r.err().contains(bad[1]), r.toString());
        }
        assertThrows(IllegalArgumentException.class, () -> settings().withLimits(-1, 1, Duration.ofSeconds(1), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> settings().withLimits(1, 1, Duration.ZERO, Duration.ZERO));
    }

    @Test
    void aPortInUseLeavesNoDecisionLogThreadBehind() {
        long before = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("kaohe-decision-log")).count();
        assertThrows(IOException.class, () -> DecisionService.start(
                settings().withPort(server.port()).withDecisionLog(dir.resolve("unused.jsonl"), false, 10)));
        long after = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("kaohe-decision-log") && t.isAlive()).count();
        assertTrue(after <= before, before + " log threads before, " + after + " after");
    }

    /** Bad input: a 400 whose reject is, byte for byte, what {@code kaohe assess} writes for the same line. */
    @Test
    void badInputIsA400WithTheCommandLinesRejectText() throws Exception {
        String good = TEACHERS.get(1);
        List<byte[]> bad = List.of("{\"teacher\":".getBytes(UTF_8), "[1,2]".getBytes(UTF_8), "".getBytes(UTF_8),
                good.replaceFirst("\\{", "{\"bogus\":1,").getBytes(UTF_8),
                good.replaceFirst("\"amount\":\\s*[0-9.]+", "\"amount\":-5").getBytes(UTF_8),
                new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        for (byte[] body : bad) {
            HttpResponse<String> r = call(server, "POST", "/v1/assess", body, TOKEN);
            assertEquals(400, r.statusCode(), r::body);
            carriesVersion(r);
            // a line of a file, as the command line reads it (a line break ends the line; it adds nothing to it)
            Path in = Files.write(dir.resolve("bad.jsonl"), (new String(body, java.nio.charset.StandardCharsets.ISO_8859_1) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            Cli.Result cli = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", dir.resolve("bad-out.jsonl"),
                    "--errors", dir.resolve("bad-errors.jsonl"));
            List<String> rejects = Files.readAllLines(dir.resolve("bad-errors.jsonl"));
            assertEquals(1, rejects.size(), cli::toString);
            assertTrue(r.body().endsWith(",\"reject\":" + rejects.get(0) + "}\n"), () -> r.body() + "\n vs the CLI's " + rejects.get(0));
        }
    }

    /** A batch: one output line per input line, in input order, each as the command line writes it; one revision. */
    @Test
    void aBatchStreamsVerdictsAndRejectsInInputOrderAsTheCommandLineWritesThem() throws Exception {
        List<String> lines = new ArrayList<>(TEACHERS.subList(0, 6));
        lines.add(2, "{\"teacher\":");
        lines.add(TEACHERS.get(0));                  // a duplicate: rejected
        String body = String.join("\n", lines) + "\n";
        HttpResponse<String> r = post("/v1/assess/batch", body);
        assertEquals(200, r.statusCode(), r::body);
        carriesVersion(r);
        Path in = Files.writeString(dir.resolve("batch.jsonl"), body);
        Cli.run("assess", "--pack", "shandong", "--in", in, "--out", dir.resolve("b-out.jsonl"), "--errors", dir.resolve("b-err.jsonl"));
        List<String> out = r.body().lines().toList();
        assertEquals(lines.size(), out.size());
        List<String> verdicts = new ArrayList<>();
        List<String> rejects = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            JsonNode n = json(out.get(i));
            if (n.has("error")) {
                assertEquals(i + 1, n.get("line").asInt(), "input order");
                rejects.add(out.get(i));
            } else {
                assertEquals(revision(), n.get("policyVersion").asString());
                verdicts.add(out.get(i));
            }
        }
        assertEquals(Files.readAllLines(dir.resolve("b-out.jsonl")), verdicts);
        assertEquals(Files.readAllLines(dir.resolve("b-err.jsonl")), rejects);
        assertEquals(2, rejects.size());
    }

    @Test
    void schoolsAreAssessedTogetherAsTheCommandLineDoes() throws Exception {
        Path in = Cli.sample("schools.jsonl", Files.createDirectories(dir.resolve("schools")));
        HttpResponse<String> r = post("/v1/schools", Files.readString(in));
        assertEquals(200, r.statusCode(), r::body);
        carriesVersion(r);
        Cli.run("schools", "--pack", "shandong", "--in", in, "--out", dir.resolve("s-out.jsonl"), "--errors", dir.resolve("s-err.jsonl"));
        String cli = "[" + String.join(",", Files.readAllLines(dir.resolve("s-out.jsonl"))) + "]";
        assertTrue(r.body().contains(",\"verdicts\":" + cli + ",\"rejects\":[]}"), r::body);
    }

    @Test
    void progressAsOfADateIsTheEmbeddedReport() throws Exception {
        Path in = Cli.sample("cohort.json", Files.createDirectories(dir.resolve("cohort")));
        HttpResponse<String> r = post("/v1/progress?asOf=2022-11-20", Files.readString(in));
        assertEquals(200, r.statusCode(), r::body);
        carriesVersion(r);
        try (InputStream file = Files.newInputStream(in); var cohort = Cohorts.read(file)) {
            String expected = Json.write(Cli.shandong().progress(cohort, LocalDate.of(2022, 11, 20)));
            assertTrue(r.body().endsWith(",\"result\":" + expected + "}\n"));
        }
        HttpResponse<String> noDate = post("/v1/progress", Files.readString(in));
        assertEquals(400, noDate.statusCode());
        assertTrue(noDate.body().contains("asOf"), noDate::body);
        HttpResponse<String> notACohort = post("/v1/progress?asOf=2022-11-20", "[1]");
        assertEquals(400, notACohort.statusCode());
        assertTrue(notACohort.body().contains("expected a cohort"), notACohort::body);
    }

    @Test
    void packsStatusHealthAndMetrics() throws Exception {
        HttpResponse<String> packs = get("/v1/packs");
        assertEquals(200, packs.statusCode());
        carriesVersion(packs);
        JsonNode p = json(packs.body()).get("packs");
        assertEquals(4, p.size());
        for (JsonNode pack : p) {
            assertTrue(pack.get("clauses").size() > 3, pack::toString);
            assertEquals(pack.get("pack").asString().equals("shandong"), pack.get("serving").asBoolean());
        }

        HttpResponse<String> status = get("/v1/status");
        assertEquals(200, status.statusCode());
        JsonNode s = json(status.body());
        assertEquals(revision(), s.get("revision").asString());
        assertEquals("SHIPPED", s.get("source").asString());
        assertNotNull(s.get("activatedAt"));

        for (String health : List.of("/health/live", "/health/ready")) {
            HttpResponse<String> h = call(server, "GET", health, null, null);   // no token needed
            assertEquals(200, h.statusCode(), health);
            carriesVersion(h);
        }

        HttpResponse<String> decided = post("/v1/assess", TEACHERS.get(3));
        String grade = json(decided.body()).get("result").get("grade").asString();
        post("/v1/assess", "{");
        HttpResponse<String> metrics = get("/metrics");
        assertEquals(200, metrics.statusCode());
        carriesVersion(metrics);
        String m = metrics.body();
        for (String series : List.of("kaohe_decisions_total{grade=\"" + grade + "\",pack=\"shandong\"}", "kaohe_rejects_total{pack=\"shandong\"}",
                "kaohe_rules_info{pack=\"shandong\",revision=\"" + revision() + "\",source=\"SHIPPED\"} 1",
                "kaohe_rules_reload_failures_total 0", "kaohe_decision_log_dropped_total 0",
                "kaohe_decision_seconds_bucket{endpoint=\"assess\",pack=\"shandong\",le=\"0.001\"}")) {
            assertTrue(m.contains(series), () -> series + " in\n" + m);
        }
    }

    @Test
    void everyEndpointButTheHealthChecksNeedsTheToken() throws Exception {
        for (String path : List.of("/v1/status", "/v1/packs", "/metrics")) {
            for (String token : new String[] {null, "wrong", TOKEN + "x"}) {
                HttpResponse<String> r = call(server, "GET", path, null, token);
                assertEquals(401, r.statusCode(), path);
                assertTrue(header(r, "WWW-Authenticate").startsWith("Bearer"));
            }
        }
        assertEquals(401, call(server, "POST", "/v1/assess", TEACHERS.get(0).getBytes(UTF_8), null).statusCode());
    }

    @Test
    void unknownPathsAndMethodsAreRefusedInJson() throws Exception {
        HttpResponse<String> none = get("/v1/nothing");
        assertEquals(404, none.statusCode());
        assertTrue(none.body().contains("\"error\""));
        HttpResponse<String> wrong = get("/v1/assess");
        assertEquals(405, wrong.statusCode());
        assertEquals("POST", header(wrong, "Allow"));
    }

    @Test
    void bodiesOverTheirCapAre413() throws Exception {
        String big = "{\"teacher\":{\"id\":\"" + "x".repeat((int) MAX_BODY) + "\"}}";
        HttpResponse<String> r = post("/v1/assess", big);
        assertEquals(413, r.statusCode(), r::body);
        carriesVersion(r);
        assertTrue(r.body().contains("larger than " + MAX_BODY + " bytes"), r::body);
        String batch = (TEACHERS.get(0) + "\n").repeat((int) (MAX_BATCH / TEACHERS.get(0).length()) + 2);
        assertEquals(413, post("/v1/assess/batch", batch).statusCode());
        // the server is fine afterwards
        assertEquals(200, post("/v1/assess", TEACHERS.get(0)).statusCode());
    }

    /** A client that stops sending in the middle of its body is cut off, and holds no worker: others are served meanwhile. */
    @Test
    void aSlowClientIsCutOff() throws Exception {
        try (Socket slow = new Socket("127.0.0.1", server.port())) {
            slow.setSoTimeout((int) TIMEOUT.toMillis() * 10);
            OutputStream o = slow.getOutputStream();
            o.write(("POST /v1/assess HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN + "\r\nContent-Length: 1000\r\n\r\n{\"tea")
                    .getBytes(UTF_8));
            o.flush();
            long start = System.nanoTime();
            assertEquals(200, post("/v1/assess", TEACHERS.get(0)).statusCode(), "others are served meanwhile");
            InputStream in = slow.getInputStream();
            int b;
            try {
                do b = in.read(); while (b >= 0);   // whatever came (nothing, or a 400), the connection closes
            } catch (IOException reset) {
                // cut off
            }
            double s = (System.nanoTime() - start) / 1e9;
            // the JDK reads its timeout once per JVM, from the first server started (every test here uses TIMEOUT)
            long limit = Long.parseLong(System.getProperty("sun.net.httpserver.maxReqTime"));
            assertEquals(TIMEOUT.toSeconds(), limit);
            assertTrue(s < limit + 5, "cut off after " + s + " s");
        }
    }

    /**
     * Hot rules behind HTTP: while clients send single and batch requests, a good edit is swapped in and a broken one
     * refused (the old rules keep serving, /v1/status and the metric say why); every response is decided by the one
     * revision its header names.
     */
    @Test
    void aReloadWhileRequestsRunGoodThenBrokenEdit(@TempDir Path rules) throws Exception {
        var watch = new RulesWatcher.Options(Duration.ofMillis(100), Duration.ofMillis(300), null);
        try (DecisionService s = DecisionService.start(settings().withRulesDir(rules, watch))) {
            String before = json(call(s, "GET", "/v1/status", null, null).body()).get("revision").asString();
            AtomicBoolean run = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
            String batch = String.join("\n", TEACHERS.subList(0, 20)) + "\n";
            CompletableFuture<Void> clients = CompletableFuture.runAsync(() -> {
                while (run.get()) {
                    try {
                        HttpResponse<String> one = call(s, "POST", "/v1/assess", TEACHERS.get(0).getBytes(UTF_8), null);
                        String v = header(one, "Kaohe-Policy-Version");
                        if (one.statusCode() != 200 || !json(one.body()).get("result").get("policyVersion").asString().equals(v)
                                || !json(one.body()).get("revision").asString().equals(v)) problems.add("single: " + one.body());
                        HttpResponse<String> many = call(s, "POST", "/v1/assess/batch", batch.getBytes(UTF_8), null);
                        String bv = header(many, "Kaohe-Policy-Version");
                        seen.add(bv);
                        if (many.statusCode() != 200 || many.body().lines().count() != 20
                                || many.body().lines().anyMatch(l -> !json(l).get("policyVersion").asString().equals(bv))) {
                            problems.add("batch of mixed revisions or short: " + many.body());
                        }
                    } catch (Exception e) {
                        problems.add(e.toString());
                    }
                }
            });
            // a good edit: the same values, a note added (a new revision whose scenarios pass)
            Files.createDirectories(rules.resolve("parameters"));
            Files.writeString(rules.resolve("parameters/teacher.yaml"), CheckCommandTest.shipped("parameters/teacher.yaml") + "\n# reviewed\n");
            String after = awaitStatus(s, st -> !st.get("revision").asString().equals(before), "the good edit serves").get("revision").asString();
            HttpResponse<String> info = call(s, "GET", "/metrics", null, null);
            assertTrue(info.body().contains("revision=\"" + after + "\",source=\"RULES_DIR\"} 1"), info::body);
            assertFalse(info.body().contains("revision=\"" + before + "\""), "one rules_info series");

            // a broken edit: refused, the good edit keeps serving, and says why
            Files.writeString(rules.resolve("parameters/teacher.yaml"), "teacher.online-hours-min: [not, a, parameter\n");
            JsonNode st = awaitStatus(s, n -> n.has("lastReloadError"), "the broken edit reported");
            assertEquals(after, st.get("revision").asString());
            assertTrue(st.get("problems").size() > 0 && st.get("problems").get(0).asString().contains("teacher.yaml"), st::toString);
            assertTrue(call(s, "GET", "/metrics", null, null).body().contains("kaohe_rules_reload_failures_total 1"));
            Thread.sleep(300);
            run.set(false);
            clients.get();
            assertTrue(problems.isEmpty(), problems::toString);
            assertTrue(seen.contains(after), "requests were decided by the new rules too");
            assertEquals(after, header(call(s, "POST", "/v1/assess", TEACHERS.get(0).getBytes(UTF_8), null), "Kaohe-Policy-Version"));
        }
    }

    private static JsonNode awaitStatus(DecisionService s, java.util.function.Predicate<JsonNode> done, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode st = json(call(s, "GET", "/v1/status", null, null).body());
            if (done.test(st)) return st;
            Thread.sleep(50);
        }
        throw new AssertionError(what + ": not within 90 s");
    }

    /** Shutdown: readiness turns 503 at once, a request in flight finishes whole, then the port closes. */
    @Test
    void gracefulShutdownFinishesTheRequestInFlight() throws Exception {
        DecisionService s = DecisionService.start(settings());
        try (Socket client = new Socket("127.0.0.1", s.port())) {
            client.setSoTimeout(30_000);
            OutputStream o = client.getOutputStream();
            o.write("POST /v1/assess/batch HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(UTF_8));
            chunk(o, TEACHERS.get(0) + "\n");
            Thread.sleep(200);   // the request is in flight on a worker
            CompletableFuture<Void> closing = CompletableFuture.runAsync(s::close);
            Thread.sleep(200);
            assertFalse(closing.isDone(), "waits for the request in flight");
            assertEquals(503, call(s, "GET", "/health/ready", null, null).statusCode());
            chunk(o, TEACHERS.get(1) + "\n");
            chunk(o, "");
            String response = new String(client.getInputStream().readAllBytes(), UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            assertTrue(response.contains(json(TEACHERS.get(1)).get("teacher").get("id").asString()), response);
            closing.get();
        }
        assertFalse(reachable(s.port()), "the port is closed");
    }

    private static void chunk(OutputStream o, String text) throws IOException {
        byte[] b = text.getBytes(UTF_8);
        o.write((Integer.toHexString(b.length) + "\r\n").getBytes(UTF_8));
        o.write(b);
        o.write("\r\n".getBytes(UTF_8));
        o.flush();
    }

    private static boolean reachable(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static InputStream bytes(String s) { return new ByteArrayInputStream(s.getBytes(UTF_8)); }
}
