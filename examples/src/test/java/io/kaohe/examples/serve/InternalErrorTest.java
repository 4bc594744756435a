package io.kaohe.examples.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.FieldError;
import io.kaohe.Kaohe;
import io.kaohe.ProgressInput;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/** A fault of the service itself is a 500 naming a decision ID the log explains: no stack trace, no input echoed. */
class InternalErrorTest {
    /** An engine whose every assessment fails as a bug would (its message quotes a national ID). */
    private static final class Broken implements Engine {
        private final Engine shipped = Kaohe.pack("shandong");

        @Override
        public String pack() { return shipped.pack(); }

        @Override
        public String policyVersion() { return shipped.policyVersion(); }

        @Override
        public List<FieldError> validate(TeacherDossier dossier) { return List.of(); }

        @Override
        public TeacherVerdict assess(TeacherDossier dossier) { throw new IllegalStateException("bug near 110101199003077777"); }

        @Override
        public List<SchoolVerdict> assessSchools(List<SchoolDossier> schools) { throw new IllegalStateException("bug"); }

        @Override
        public ProgressReport progress(ProgressInput input, LocalDate asOf) { throw new IllegalStateException("bug"); }
    }

    @Test
    void aFaultIsA500WithADecisionIdAndNoStackTrace() throws Exception {
        // the JDK server's timeouts are read once per JVM: the same short ones as ServeTest, whichever test starts first
        Settings settings = Settings.defaults("shandong").withPort(0).withLimits(1 << 20, 64 << 20, Duration.ofSeconds(3), Duration.ofSeconds(10));
        try (DecisionService s = DecisionService.start(settings, new Broken())) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/v1/assess"))
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString("{\"teacher\":{\"id\":\"T-1\"}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(500, r.statusCode(), r::body);
            String id = r.headers().firstValue("Kaohe-Decision-Id").orElseThrow();
            assertEquals("{\"error\":\"internal error; the server log names decision " + id + "\",\"decisionId\":\"" + id + "\"}\n", r.body());
            assertFalse(r.body().contains("Exception") || r.body().contains("110101"));
            assertTrue(r.headers().firstValue("Kaohe-Policy-Version").isPresent());
            // the service goes on
            HttpResponse<String> live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                    + "/health/live")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, live.statusCode());
        }
    }
}
