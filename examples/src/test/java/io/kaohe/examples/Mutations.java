package io.kaohe.examples;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.kaohe.internal.json.KaoheJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random damage to valid JSON Lines files, as dirty exports do it: fields dropped, values of the wrong
 * type or absurd size, random bytes, truncated and duplicated lines. Driven by one {@link Random}, so a
 * seed names a file exactly.
 */
final class Mutations {
    private Mutations() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands for a number with a huge exponent, written as text after serialization (Jackson will not write one). */
    private static final String EXPONENT = "@exponent@";

    /** {@code lines} good lines picked from {@code pool}, each damaged with probability one half, as a file. */
    static byte[] file(List<String> pool, int lines, Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<byte[]> written = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            byte[] line;
            if (!written.isEmpty() && r.nextInt(10) == 0) {
                line = written.get(r.nextInt(written.size()));                  // a duplicated line
            } else {
                String good = pool.get(r.nextInt(pool.size()));
                line = r.nextBoolean() ? good.getBytes(StandardCharsets.UTF_8) : damage(good, r);
            }
            written.add(line);
            out.writeBytes(line);
            if (i < lines - 1 || r.nextInt(4) > 0) out.write(r.nextInt(5) == 0 ? '\r' : '\n');
            if (out.size() > 0 && out.toByteArray()[out.size() - 1] == '\r') out.write('\n');
        }
        return out.toByteArray();
    }

    static byte[] damage(String line, Random r) {
        return switch (r.nextInt(9)) {
            case 6 -> KaoheJson.line(anyValue(r)).getBytes(StandardCharsets.UTF_8);        // the whole line another JSON value (issue 14)
            case 7 -> duplicateKey(line, r).getBytes(StandardCharsets.UTF_8);             // a key twice in its object (issue 14)
            case 8 -> KaoheJson.line(personal(KaoheJson.MAPPER.readTree(line), r)).getBytes(StandardCharsets.UTF_8);   // ID-like values in text fields (issue 14)
            case 0, 1, 2 -> KaoheJson.line(treeDamage(KaoheJson.MAPPER.readTree(line), r))
                    .replace("\"" + EXPONENT + "\"", "1e" + (r.nextBoolean() ? "" : "-") + exponent(r))
                    .getBytes(StandardCharsets.UTF_8);
            case 3 -> truncate(line.getBytes(StandardCharsets.UTF_8), r);
            case 4 -> randomBytes(line.getBytes(StandardCharsets.UTF_8), r);
            default -> swapText(line, r).getBytes(StandardCharsets.UTF_8);
        };
    }

    /**
     * An exponent for {@link #EXPONENT}: any size, or one at the edge of an int, where the number of digits before the point
     * (precision − scale) overflows an int when computed as one (1e2147483647 passed the digits check that way).
     */
    private static long exponent(Random r) {
        return r.nextInt(3) == 0 ? Integer.MAX_VALUE - r.nextInt(3) : 1 + r.nextInt(999_999_999);
    }

    /** Drops a field or array element somewhere, or gives a value another type or an absurd size. */
    private static JsonNode treeDamage(JsonNode root, Random r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode c = containers.get(r.nextInt(containers.size()));
        if (c.isObject()) {
            ObjectNode o = (ObjectNode) c;
            List<String> names = new ArrayList<>(o.propertyNames());
            if (names.isEmpty()) return root;
            String name = names.get(r.nextInt(names.size()));
            if (r.nextInt(3) == 0) o.remove(name);
            else o.set(name, strange(r));
        } else {
            ArrayNode a = (ArrayNode) c;
            if (a.isEmpty()) return root;
            int i = r.nextInt(a.size());
            if (r.nextInt(3) == 0) a.remove(i);
            else a.set(i, strange(r));
        }
        return root;
    }

    /**
     * Personal data in text fields (issue 14): every text value of the line, with probability one half, replaced by
     * or followed by a national ID or mobile in one of the forms written to get past a simple pattern. In an ID
     * field it must be refused; anywhere else it must come out masked.
     */
    private static JsonNode personal(JsonNode root, Random r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        for (JsonNode c : containers) {
            if (c.isObject()) {
                ObjectNode o = (ObjectNode) c;
                for (String name : new ArrayList<>(o.propertyNames())) {
                    JsonNode v = o.get(name);
                    if (v.isString() && r.nextBoolean()) o.put(name, idLike(v.asString(), r));
                }
            } else {
                ArrayNode a = (ArrayNode) c;
                for (int i = 0; i < a.size(); i++) if (a.get(i).isString() && r.nextBoolean()) a.set(i, NODES.stringNode(idLike(a.get(i).asString(), r)));
            }
        }
        return root;
    }

    /** {@code text} replaced by, or followed by, an ID-like value in an evasive form. */
    static String idLike(String text, Random r) {
        String form = r.nextBoolean() ? FreeTextPrivacyTest.FORMS.get(r.nextInt(FreeTextPrivacyTest.FORMS.size())) : separated(r);
        return switch (r.nextInt(3)) {
            case 0 -> form;
            case 1 -> text + " " + form;
            default -> text + form;
        };
    }

    /** Separator runs people write between digit groups: spaces of every width, dashes of every kind, dots, slashes. */
    private static final String[] SEPARATORS = {" ", "  ", "-", " - ", "–", "—", "−", ".", "/", "_", "\u00A0", "\u3000", "．", "·"};

    /** A random mobile or national ID in groups (3-4-4, 6-8-4) or digit by digit, split by a random separator run. */
    private static String separated(Random r) {
        String sep = SEPARATORS[r.nextInt(SEPARATORS.length)];
        String n = r.nextBoolean() ? "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000)) : BadInput.id(r.nextInt(1000));
        if (r.nextInt(3) == 0) return String.join(sep, n.split(""));
        return n.length() == 11 ? String.join(sep, n.substring(0, 3), n.substring(3, 7), n.substring(7))
                : String.join(sep, n.substring(0, 6), n.substring(6, 14), n.substring(14));
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (!n.isContainer()) return;
        out.add(n);
        if (n.isObject()) for (Map.Entry<String, JsonNode> e : n.properties()) collect(e.getValue(), out);
        else for (JsonNode child : n) collect(child, out);
    }

    /** A value of a type or size no field expects, or a personal number where text is expected. */
    private static JsonNode strange(Random r) {
        return switch (r.nextInt(14)) {
            case 12, 13 -> anyValue(r);    // every JSON type, numbers where names and dates belong (issue 14)
            case 0 -> NODES.stringNode("");
            case 1 -> NODES.stringNode("x" + r.nextInt(100));
            case 2 -> NODES.numberNode(-r.nextInt(1000));
            case 3 -> NODES.stringNode(EXPONENT);
            case 4 -> NODES.numberNode(1_000_000_000L);
            case 5 -> NODES.booleanNode(r.nextBoolean());
            case 6 -> NODES.nullNode();
            case 7 -> NODES.arrayNode().add(1).add("a");
            case 8 -> NODES.objectNode().put("x", 1);
            case 9 -> NODES.stringNode(BadInput.id(r.nextInt(900)));
            case 10 -> NODES.stringNode("1390000" + (1000 + r.nextInt(9000)));
            default -> NODES.stringNode("2022-" + r.nextInt(20) + "-" + r.nextInt(40));
        };
    }

    // ---- issue 14: every JSON value type in every position, numbers for names and dates, duplicate keys ----

    /**
     * A value of every JSON type, null included: numbers a careless export writes for a name (an enum's index),
     * a date (an epoch day, 0) or a flag (0, 1), fractions for whole numbers, empty text for a number.
     */
    static List<JsonNode> everyType() {
        return List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.booleanNode(false), NODES.numberNode(0),
                NODES.numberNode(1), NODES.numberNode(2), NODES.numberNode(18550), NODES.numberNode(new java.math.BigDecimal("-1.5")),
                NODES.numberNode(new java.math.BigDecimal("1e308")), NODES.stringNode(""), NODES.stringNode("x"),
                NODES.stringNode("2022-03-01"), NODES.arrayNode(), NODES.arrayNode().add(NODES.nullNode()), NODES.objectNode());
    }

    private static JsonNode anyValue(Random r) {
        List<JsonNode> all = everyType();
        return all.get(r.nextInt(all.size())).deepCopy();
    }

    /** A variant of a line: the value at {@code pointer} replaced ({@code ""}: the whole line). */
    record Variant(String pointer, JsonNode original, JsonNode value, String line) {}

    /**
     * The line with the value in every position (every field and element, and the root) replaced by each of
     * {@link #everyType()}; each variant's ID (at {@code idPointer}) made unique, so no line is rejected as a repeat.
     */
    static List<Variant> everyTypeEverywhere(String line, String idPointer) {
        return everywhere(line, idPointer, everyType());
    }

    /**
     * The line with each of its numbers written with an exponent at the edge of an int (1e2147483647, 1e-2147483647, …):
     * the number of digits before the point, precision − scale, overflows when counted in an int (1e2147483647 passed the
     * digits check so and ended the run with an internal error). Each variant's ID made unique, as above.
     */
    static List<String> edgeExponentsEverywhere(String line, String idPointer) {
        List<String> out = new ArrayList<>();
        for (String e : new String[] {"1e2147483647", "1E+2147483646", "9e2147483647", "1e-2147483647", "-1e2147483647", "1e2147483648"}) {
            for (Variant v : everywhere(line, idPointer, List.of(NODES.stringNode(EXPONENT)))) {
                if (v.original() != null && v.original().isNumber()) out.add(v.line().replace("\"" + EXPONENT + "\"", e));
            }
        }
        return out;
    }

    private static List<Variant> everywhere(String line, String idPointer, List<JsonNode> values) {
        JsonNode root = KaoheJson.MAPPER.readTree(line);
        List<String> pointers = new ArrayList<>();
        pointers(root, "", pointers);
        List<Variant> out = new ArrayList<>();
        for (String ptr : pointers) {
            for (JsonNode v : values) {
                JsonNode copy = root.deepCopy();
                int cutId = idPointer.lastIndexOf('/');
                if (copy.at(idPointer).isString() && copy.at(idPointer.substring(0, cutId)) instanceof ObjectNode idParent) {
                    idParent.put(idPointer.substring(cutId + 1), copy.at(idPointer).asString() + "-" + out.size());
                }
                JsonNode original = copy.at(ptr);
                if (ptr.isEmpty()) {
                    out.add(new Variant(ptr, original, v, KaoheJson.line(v)));
                    continue;
                }
                int cut = ptr.lastIndexOf('/');
                JsonNode parent = copy.at(ptr.substring(0, cut));
                String last = ptr.substring(cut + 1).replace("~1", "/").replace("~0", "~");
                if (parent.isObject()) ((ObjectNode) parent).set(last, v);
                else ((ArrayNode) parent).set(Integer.parseInt(last), v);
                out.add(new Variant(ptr, original, v, KaoheJson.line(copy)));
            }
        }
        return out;
    }

    private static void pointers(JsonNode n, String at, List<String> out) {
        out.add(at);
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                pointers(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) pointers(n.get(i), at + "/" + i, out);
        }
    }

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("\"([A-Za-z0-9_-]+)\":");

    /** The line with its {@code n}-th key written twice in its object (the copy first, with a value of another type). */
    static String duplicateKey(String line, int n, JsonNode value) {
        java.util.regex.Matcher m = KEY.matcher(line);
        for (int i = 0; m.find(); i++) {
            if (i == n) return line.substring(0, m.start()) + "\"" + m.group(1) + "\":" + KaoheJson.line(value) + "," + line.substring(m.start());
        }
        return line;
    }

    /** How many keys the line writes. */
    static int keys(String line) {
        return (int) KEY.matcher(line).results().count();
    }

    private static String duplicateKey(String line, Random r) {
        int n = keys(line);
        return n == 0 ? line : duplicateKey(line, r.nextInt(n), anyValue(r));
    }

    private static byte[] truncate(byte[] line, Random r) {
        return java.util.Arrays.copyOf(line, r.nextInt(line.length));
    }

    /** Overwrites a few bytes with random ones (never a line break: the line count stays the reader's to find). */
    private static byte[] randomBytes(byte[] line, Random r) {
        byte[] b = line.clone();
        for (int k = 1 + r.nextInt(4); k > 0; k--) {
            byte x = (byte) r.nextInt(256);
            b[r.nextInt(b.length)] = x == '\n' || x == '\r' ? (byte) 0xC3 : x;
        }
        return b;
    }

    private static String swapText(String line, Random r) {
        String[] from = {"\"", ":", ",", "{", "}", "[", "]", "PASS", "HOUR", "2022"};
        String f = from[r.nextInt(from.length)];
        int at = line.indexOf(f, r.nextInt(line.length()));
        if (at < 0) return line + "}";
        String[] to = {"", "\"\"", "::", "{{", "]", "NaN", "-", "\\u0000", "1e999999999", "[" };
        return line.substring(0, at) + to[r.nextInt(to.length)] + line.substring(at + f.length());
    }
}
