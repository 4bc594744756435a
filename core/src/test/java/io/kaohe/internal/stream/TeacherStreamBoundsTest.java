package io.kaohe.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.kaohe.internal.json.ByteLines;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.json.LineParser;

/** What a stream holds at once is bounded by the queue, whatever thread count is asked for. */
class TeacherStreamBoundsTest {
    @Test
    void inFlightIsBoundedWhateverTheThreads() {
        assertEquals(4, TeacherStream.inFlight(1));
        assertEquals(TeacherStream.MAX_IN_FLIGHT, TeacherStream.inFlight(5000), "--threads 5000 once kept the whole file in flight");
        assertEquals(TeacherStream.MAX_IN_FLIGHT, TeacherStream.inFlight(Integer.MAX_VALUE));
        for (int t = 1; t < 10_000; t += 7) assertTrue(TeacherStream.inFlight(t) <= TeacherStream.MAX_IN_FLIGHT);
    }

    @Test
    void aLongBadValueIsQuotedShort() {
        String v = "x".repeat(1_000_000);
        String echoed = KaoheJson.echo(v);
        assertTrue(echoed.length() < 80, echoed);
        assertTrue(echoed.endsWith("(1000000 characters)"), echoed);
        var r = LineParser.teachers().parse(new ByteLines.Line(1, "{\"teacher\":{\"id\":\"" + v + "\",\"stage\":\"" + v + "\"}}", null));
        assertTrue(KaoheJson.line(r.reject()).length() < 1000, "a reject echoes a short prefix: " + KaoheJson.line(r.reject()).length());
    }
}
