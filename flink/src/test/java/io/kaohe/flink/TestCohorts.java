package io.kaohe.flink;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.node.ObjectNode;

import io.kaohe.internal.engine.Packs;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.TeacherDossier;
import io.kaohe.spi.CohortGenerator;

/** Cohorts of a pack's own generator ({@code kaohe generate}'s), as dossiers or as JSON Lines with the usual faults. */
final class TestCohorts {
    private TestCohorts() {}

    static List<TeacherDossier> dossiers(String pack, int teachers, long seed) {
        CohortGenerator generator = Packs.generator(pack).orElseThrow();
        CohortGenerator.Teachers source = generator.start(seed);
        List<TeacherDossier> out = new ArrayList<>();
        for (int n = 1; n <= teachers; n++) out.add(source.next(generator.idPrefix() + String.format("%04d", n)));
        return out;
    }

    /**
     * A dossier as a school's system sends it (as {@code kaohe generate} writes it): personal data in clear, as
     * {@link io.kaohe.Json#write} never writes it, and without the derived {@code manager} field.
     */
    static ObjectNode inputTree(TeacherDossier d) {
        ObjectNode tree = KaoheJson.MAPPER.valueToTree(d);
        ObjectNode teacher = (ObjectNode) tree.get("teacher");
        teacher.remove("manager");
        if (d.teacher().nationalId() != null) teacher.put("nationalId", d.teacher().nationalId());
        if (d.teacher().phone() != null) teacher.put("phone", d.teacher().phone());
        return tree;
    }

    static String input(TeacherDossier d) { return KaoheJson.MAPPER.writeValueAsString(inputTree(d)); }

    /** An event line ({@link EventJson}) adding {@code d}. */
    static String event(String id, TeacherDossier d) {
        ObjectNode event = KaoheJson.MAPPER.createObjectNode();
        event.put("eventId", id);
        event.set("dossier", inputTree(d));
        return KaoheJson.MAPPER.writeValueAsString(event);
    }

    /**
     * The cohort as JSON Lines with about one line in ten spoilt as a school's export spoils them: cut short, empty,
     * a misspelt field, a negative amount, a teacher sent twice.
     */
    static List<String> withFaults(String pack, int teachers, long seed) {
        Random faults = new Random(seed);
        List<String> out = new ArrayList<>();
        String previous = null;
        for (TeacherDossier d : dossiers(pack, teachers, seed)) {
            String line = input(d);
            int fault = faults.nextInt(50);
            switch (fault) {
                case 0 -> out.add(line.substring(0, line.length() / 2));
                case 1 -> out.add("");
                case 2 -> out.add(line.replaceFirst("\\{\"teacher\":\\{", "{\"teacher\":{\"nmae\":\"x\","));
                case 3 -> out.add(line.replaceFirst("\"amount\":[0-9.]+", "\"amount\":-3"));
                case 4, 5 -> {
                    out.add(line);
                    // the teacher before this one sent again, a line later
                    if (previous != null) out.add(previous);
                }
                default -> out.add(line);
            }
            previous = line;
        }
        return out;
    }
}
