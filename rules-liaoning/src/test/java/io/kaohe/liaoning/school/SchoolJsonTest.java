package io.kaohe.liaoning.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.stream.SchoolStream;
import io.kaohe.model.SchoolDossier;
import tools.jackson.databind.JsonNode;

/** School dossiers with plans and funds in the interchange format, as `kaohe schools --pack liaoning` reads them. */
class SchoolJsonTest {
    @Test
    void plansAndFundsRoundTrip() {
        SchoolDossier d = LnSchools.meetsAll("S-01");
        SchoolDossier back = KaoheJson.MAPPER.readValue(KaoheJson.line(d), SchoolDossier.class);
        assertEquals(d, back);
    }

    @Test
    void linesInLinesOut() {
        String good = "{\"school\":{\"id\":\"S-01\",\"batch\":\"2023\"},\"cohort\":{\"teachers\":34,\"onlineHoursMet\":34,"
                + "\"practiceHoursMet\":34,\"passed\":34,\"excellent\":0,\"worksSubmitted\":2},"
                + "\"plans\":{\"developmentPlan\":\"2023-08-30\",\"researchPlan\":\"2023-08-01\",\"assessmentPlan\":\"2023-08-29\"},"
                + "\"funds\":{\"publicFunds\":180000,\"trainingSpend\":9000}}";
        String bad = "{\"school\":{\"id\":\"S-02\"},\"cohort\":{\"teachers\":10,\"onlineHoursMet\":10,\"practiceHoursMet\":10,"
                + "\"passed\":10,\"excellent\":0,\"worksSubmitted\":1},\"funds\":{\"publicFunds\":1000,\"trainingSpend\":1200}}";
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        var counts = SchoolStream.assess(Kaohe.pack("liaoning"), new ByteArrayInputStream((good + "\n" + bad + "\n").getBytes(StandardCharsets.UTF_8)),
                verdicts, rejects);
        JsonNode v = KaoheJson.MAPPER.readTree(verdicts.toString().trim());
        assertEquals("PASS", v.get("grade").asString(), verdicts.toString());
        assertEquals(4, v.get("total").asInt());
        JsonNode r = KaoheJson.MAPPER.readTree(rejects.toString().trim());
        assertEquals(2, r.get("line").asInt());
        assertTrue(r.get("error").asString().contains("funds.trainingSpend"), rejects.toString());
        assertEquals(2, counts.lines());
    }
}
