package io.kaohe.internal.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kaohe.KaoheException;

/** A recording view tells of every value read, by every typed reader, with the dated value in force; nothing else. */
class ParameterSetRecordingTest {
    private static final ParameterTable TABLE = ParameterTable.load(Map.of("parameters/t.yaml", """
            n: {description: d, unit: COUNT, clause: XX-01, values: {2020-01-01: 2, 2023-01-01: {value: 3, reference: r}}}
            d: {description: d, unit: DATE, clause: XX-01, values: {2020-01-01: "2021-09-01"}}
            m: {description: d, unit: DATES, clause: XX-01, values: {2020-01-01: {value: {a: "2021-09-01"}}}}
            t: {description: d, unit: TEXT, clause: XX-01, values: {2020-01-01: x}}
            """), Set.of("XX-01"));

    @Test
    void whatIsDerivedFromAParameterIsMadeOncePerDateAndSharedByEveryView() {
        ParameterSet base = TABLE.at(LocalDate.of(2023, 6, 1));
        List<String> made = new ArrayList<>();
        ParameterSet one = base.recording((def, v) -> { }), two = TABLE.at(LocalDate.of(2023, 6, 1)).recording((def, v) -> { });
        Object a = one.derived("n", n -> { made.add(n); return new Object(); });
        Object b = two.derived("n", n -> { made.add(n); return new Object(); });
        assertEquals(List.of("n"), made, "made once for the date, whichever view asks");
        org.junit.jupiter.api.Assertions.assertSame(a, b);
        TABLE.at(LocalDate.of(2022, 6, 1)).derived("n", n -> { made.add(n + "@2022"); return new Object(); });
        assertEquals(List.of("n", "n@2022"), made, "another date (another value in force) derives its own");
    }

    @Test
    void everyReadIsToldWithItsDatedValue() {
        List<String> told = new ArrayList<>();
        ParameterSet base = TABLE.at(LocalDate.of(2023, 6, 1));
        ParameterSet p = base.recording((def, v) -> told.add(def.name() + "@" + v.effective() + "=" + v.value()));
        p.number("n");
        p.integer("n");
        p.date("d");
        p.map("m");
        p.text("t");
        p.has("n");
        p.definition("n");
        p.reference("n");
        p.all();
        p.date();
        assertEquals(List.of("n@2023-01-01=3", "n@2023-01-01=3", "d@2020-01-01=2021-09-01", "m@2020-01-01={a=2021-09-01}",
                "t@2020-01-01=x"), told, "typed reads, each told; has, definition, reference, all and the date are not reads");
        assertEquals(base.all(), p.all(), "the view reads the same values");
        base.number("n");
        assertEquals(5, told.size(), "the set it was made from records nothing");
        assertThrows(KaoheException.class, () -> p.number("nn"));
        assertEquals(5, told.size(), "an unknown name is no read");
    }
}
