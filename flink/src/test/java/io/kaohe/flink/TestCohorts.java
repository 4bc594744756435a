package io.kaohe.flink;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;

import io.kaohe.examples.KaoheCli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tests' cluster, and the {@code kaohe} command line as their oracle and data source: {@code kaohe generate},
 * {@code kaohe assess}.
 */
final class TestCohorts {
    private TestCohorts() {}

    /** A local cluster of one task manager with two slots, for a test class (register it as a static extension). */
    static MiniClusterExtension cluster() {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());
    }

    /** The environment of the test class's cluster, at parallelism 2. */
    static StreamExecutionEnvironment env(RuntimeExecutionMode mode) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.setRuntimeMode(mode);
        return env;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Runs {@code kaohe ARGS}; fails on a non-zero exit status, with what the command wrote. */
    static void kaohe(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = KaoheCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        if (status != 0) throw new AssertionError("kaohe " + String.join(" ", args) + ": exit " + status + "\n" + out + err);
    }

    /** {@code kaohe generate}: the lines of a synthetic cohort of the pack (about 5 in 1,000 bad on purpose). */
    static List<String> generate(Path dir, String pack, int teachers, long seed) {
        Path file = dir.resolve(pack + "-generated.jsonl");
        kaohe("generate", "--pack", pack, "--teachers", Integer.toString(teachers), "--seed", Long.toString(seed),
                "--out", file.toString());
        return read(file);
    }

    static List<String> read(Path file) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            lines.removeIf(String::isEmpty);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * More faults than {@code kaohe generate} makes, so that a small cohort has every kind: about one line in ten cut
     * short, empty, with a misspelt field, with a negative amount, or a teacher sent twice.
     */
    static List<String> withFaults(List<String> lines, long seed) {
        Random faults = new Random(seed);
        List<String> out = new ArrayList<>();
        String previous = null;
        for (String line : lines) {
            switch (faults.nextInt(50)) {
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

    /**
     * A dossier line cut into event lines ({@link EventJson}): one per record, one per score, one for the pack's own
     * fields (Zhejiang's {@code finalAssessment}), each with the teacher; numbered {@code <teacher id>-e<i>} before
     * the caller shuffles them.
     */
    static List<String> events(String dossierLine) {
        ObjectNode dossier = (ObjectNode) JSON.readTree(dossierLine);
        JsonNode teacher = dossier.get("teacher");
        List<ObjectNode> fragments = new ArrayList<>();
        for (String list : List.of("records", "scores")) {
            if (!(dossier.get(list) instanceof ArrayNode entries)) continue;
            for (JsonNode entry : entries) {
                ObjectNode f = fragment(teacher);
                f.putArray(list).add(entry);
                fragments.add(f);
            }
        }
        ObjectNode own = fragment(teacher);
        for (Iterator<String> names = dossier.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("teacher", "records", "scores", "asOf").contains(name)) own.set(name, dossier.get(name));
        }
        if (own.size() > 1) fragments.add(own);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < fragments.size(); i++) {
            ObjectNode event = JSON.createObjectNode();
            event.put("eventId", teacher.get("id").asString() + "-e" + i);
            event.set("dossier", fragments.get(i));
            out.add(JSON.writeValueAsString(event));
        }
        return out;
    }

    private static ObjectNode fragment(JsonNode teacher) {
        ObjectNode f = JSON.createObjectNode();
        f.set("teacher", teacher);
        return f;
    }
}
