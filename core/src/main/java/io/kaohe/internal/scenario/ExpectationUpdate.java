package io.kaohe.internal.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.kaohe.Engine;
import io.kaohe.Scenario;
import io.kaohe.ScenarioResult;
import io.kaohe.model.Reason;
import io.kaohe.Problem;
import io.kaohe.internal.yaml.Yaml;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * {@code kaohe test --update}: rewrites the expectations of failing cases to what the rules now decide, touching only
 * the values that differ ({@code grade: PASS} → {@code grade: INCOMPLETE}, {@code met: true} → {@code met: false}, a
 * {@code contains} text no longer in the message → the message) so comments, order and layout stay as written and the
 * diff is what a reviewer reads. Every rewritten case is run again; a case that still fails is left as it was.
 */
public final class ExpectationUpdate {
    private ExpectationUpdate() {}

    /**
     * The rewritten text of one scenario file.
     *
     * @param updated    names of the cases whose expectations were rewritten
     * @param notUpdated cases that could not be (a reason whose rule no longer fires, a file that would not read
     *                   back): one line each, {@code case: why}
     */
    public record Result(String text, List<String> updated, List<String> notUpdated) {
        public boolean changed(String before) { return !text.equals(before); }
    }

    private record Edit(int start, int end, String text) {}

    private record Span(int start, int end, int keyEnd, boolean flow) {}

    /**
     * Rewrites {@code text} (the file named {@code file}) so that its failing cases among {@code failing} expect what
     * {@code engine} now decides.
     */
    public static Result apply(Engine engine, String file, String text, List<ScenarioResult> failing) {
        Map<String, Span> spans = spans(text);
        Map<Integer, List<Edit>> byCase = new HashMap<>();
        List<String> notUpdated = new ArrayList<>();
        for (ScenarioResult r : failing) {
            if (r.passed() || !r.scenario().file().equals(file)) continue;
            List<String> why = new ArrayList<>();
            List<Edit> edits = edits(r, spans, text, why);
            if (!why.isEmpty() || edits.isEmpty()) {
                notUpdated.add(r.scenario().name() + ": " + (why.isEmpty() ? "nothing to rewrite" : String.join("; ", why)));
                continue;
            }
            byCase.put(r.scenario().index(), edits);
        }
        // run the rewritten cases again: one that still fails keeps its old text
        for (int round = 0; round < 2 && !byCase.isEmpty(); round++) {
            String next = applyEdits(text, byCase);
            List<Problem> problems = new ArrayList<>();
            List<Scenario> cases = Scenarios.parse(file, next, problems);
            if (!problems.isEmpty()) {
                byCase.keySet().forEach(i -> notUpdated.add(nameOf(failing, i) + ": the file would not read back: " + problems.get(0)));
                byCase.clear();
                break;
            }
            Set<Integer> still = new TreeSet<>();
            for (Scenario s : cases) {
                if (byCase.containsKey(s.index()) && !Scenarios.run(engine, s).passed()) still.add(s.index());
            }
            if (still.isEmpty()) break;
            for (int i : still) {
                byCase.remove(i);
                notUpdated.add(nameOf(failing, i) + ": still fails once rewritten");
            }
        }
        List<String> updated = failing.stream().filter(r -> byCase.containsKey(r.scenario().index()) && r.scenario().file().equals(file))
                .map(r -> r.scenario().name()).toList();
        return new Result(applyEdits(text, byCase), updated, List.copyOf(notUpdated));
    }

    private static String nameOf(List<ScenarioResult> failing, int index) {
        return failing.stream().filter(r -> r.scenario().index() == index).map(r -> r.scenario().name()).findFirst().orElse("cases[" + index + "]");
    }

    private static String applyEdits(String text, Map<Integer, List<Edit>> byCase) {
        List<Edit> all = byCase.values().stream().flatMap(List::stream).sorted(Comparator.comparingInt(Edit::start).reversed()).toList();
        StringBuilder sb = new StringBuilder(text);
        for (Edit e : all) sb.replace(e.start(), e.end(), e.text());
        return sb.toString();
    }

    /** The value edits that make case {@code r} expect what it now gets; {@code why} says what cannot be rewritten. */
    private static List<Edit> edits(ScenarioResult r, Map<String, Span> spans, String text, List<String> why) {
        List<String> unmet = FailureGroups.unmet(r);
        if (unmet == null) {   // no verdict to expect: a failing rule is fixed in the rule, never written into the expectations
            boolean ruleFailed = r.differences().stream().anyMatch(d -> d.startsWith(Scenarios.RULE_FAILED));
            why.add(ruleFailed ? "a rule failed on it (fix the rule)" : "the dossier is rejected");
            return List.of();
        }
        Scenario s = r.scenario();
        Scenario.Expect x = s.expect();
        String ptr = "/cases/" + s.index() + "/expect";
        List<Edit> out = new ArrayList<>();
        var grade = r.actual() != null ? r.actual().grade() : r.schoolActual().grade();
        if (x.grade() != null && x.grade() != grade) scalar(spans, ptr + "/grade", grade.name(), out, why);
        if (x.eligible() != null && r.actual() != null && x.eligible() != r.actual().eligible()) {
            scalar(spans, ptr + "/eligible", String.valueOf(r.actual().eligible()), out, why);
        }
        if (x.unmet() != null && !x.unmet().stream().sorted().distinct().toList().equals(unmet)) {
            list(spans, text, ptr + "/unmet", unmet, out, why);
        }
        if (x.outcomes() != null && r.actual() != null) {
            List<String> now = r.actual().outcomes().stream().map(o -> o.clause()).sorted().distinct().toList();
            if (!x.outcomes().stream().sorted().distinct().toList().equals(now)) list(spans, text, ptr + "/outcomes", now, out, why);
        }
        List<Reason> actual = FailureGroups.reasons(r);
        for (int j = 0; j < x.reasons().size(); j++) {
            Scenario.ExpectedReason e = x.reasons().get(j);
            if (actual.stream().anyMatch(a -> Scenarios.matches(e, a))) continue;
            Reason a = FailureGroups.about(e, actual);
            if (a == null) {
                why.add("no reason for " + Objects.requireNonNullElse(e.clause(), e.rule()) + " any more");
                continue;
            }
            String rp = ptr + "/reasons/" + j;
            if (e.met() != null && e.met() != a.met()) scalar(spans, rp + "/met", String.valueOf(a.met()), out, why);
            if (e.message() != null && !e.message().equals(a.message())) scalar(spans, rp + "/message", quoted(a.message()), out, why);
            if (e.messageEn() != null && !e.messageEn().equals(a.messageEn())) scalar(spans, rp + "/messageEn", quoted(a.messageEn()), out, why);
            if (e.contains() != null && !a.message().contains(e.contains()) && !a.messageEn().contains(e.contains())) {
                scalar(spans, rp + "/contains", quoted(contains(e.contains(), a)), out, why);
            }
        }
        return out;
    }

    private static final Pattern NUMBER_OR_OP = Pattern.compile("\\d+(?:\\.\\d+)?|[≥≤<>]");

    /**
     * The new text for an expected piece that is no longer in the message: the same words with the numbers and
     * comparison changed ("25 学时 ≥ 25" → "25 学时 < 30") when the message has them, else the whole message in the
     * language the author wrote the piece in.
     */
    static String contains(String old, Reason a) {
        String similar = similar(old, a);
        return similar != null ? similar : old.codePoints().anyMatch(c -> c >= 0x2E80) ? a.message() : a.messageEn();
    }

    /** The part of the reason's message (in the language of {@code old}) that is {@code old} with other numbers or comparison; null when none. */
    static String similar(String old, Reason a) {
        StringBuilder regex = new StringBuilder();
        var m = NUMBER_OR_OP.matcher(old);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) regex.append(Pattern.quote(old.substring(at, m.start())));
            regex.append(Character.isDigit(m.group().charAt(0)) ? "\\d+(?:\\.\\d+)?" : "[≥≤<>]");
            at = m.end();
        }
        if (at == 0) return null; // no number in it: nothing to carry over
        if (at < old.length()) regex.append(Pattern.quote(old.substring(at)));
        String message = old.codePoints().anyMatch(c -> c >= 0x2E80) ? a.message() : a.messageEn();
        var found = Pattern.compile(regex.toString()).matcher(message);
        return found.find() ? found.group() : null;
    }

    private static void scalar(Map<String, Span> spans, String ptr, String value, List<Edit> out, List<String> why) {
        Span s = spans.get(ptr);
        if (s == null) {
            why.add(ptr + " not found");
            return;
        }
        out.add(new Edit(s.start(), s.end(), value));
    }

    /** A list value written {@code [A, B]}; a block list ({@code - A} lines) becomes that flow list on the key's line. */
    private static void list(Map<String, Span> spans, String text, String ptr, List<String> items, List<Edit> out, List<String> why) {
        Span s = spans.get(ptr);
        if (s == null) {
            why.add(ptr + " not found");
            return;
        }
        String flow = "[" + String.join(", ", items) + "]";
        if (s.flow()) {
            out.add(new Edit(s.start(), s.end(), flow));
            return;
        }
        int end = s.start();
        for (int i = 0; spans.containsKey(ptr + "/" + i); i++) end = Math.max(end, spans.get(ptr + "/" + i).end());
        out.add(new Edit(s.keyEnd(), end, ": " + flow));
    }

    /** A double-quoted YAML string. */
    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Where each value is written: JSON pointer → its characters (scalars, and lists from '[' or '-' to their end). */
    private static Map<String, Span> spans(String text) {
        Map<String, Span> out = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        try (JsonParser p = Yaml.mapper().createParser(text)) {
            JsonToken t;
            int keyEnd = -1;
            while ((t = p.nextToken()) != null) {
                int start = (int) p.currentTokenLocation().getCharOffset();
                int end = (int) p.currentLocation().getCharOffset();
                Frame top = stack.peek();
                if (t == JsonToken.PROPERTY_NAME) {
                    top.segment = p.currentName();
                    keyEnd = end;
                    continue;
                }
                if (top != null && top.array) top.segment = String.valueOf(++top.index);
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    Frame f = new Frame();
                    f.array = t == JsonToken.START_ARRAY;
                    f.path = path(stack);
                    f.start = start;
                    f.keyEnd = keyEnd;
                    stack.push(f);
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    Frame f = stack.pop();
                    if (f.array) out.put(f.path, new Span(f.start, end, f.keyEnd, text.charAt(f.start) == '['));
                } else {
                    out.put(path(stack), new Span(start, end, keyEnd, true));
                }
            }
        }
        return out;
    }

    private static final class Frame {
        boolean array;
        int index = -1;
        String segment;
        String path;
        int start;
        int keyEnd;
    }

    private static String path(Deque<Frame> stack) {
        StringBuilder sb = new StringBuilder();
        for (Iterator<Frame> it = stack.descendingIterator(); it.hasNext(); ) {
            Frame f = it.next();
            if (f.segment != null) sb.append(Yaml.pointer("", f.segment));
        }
        return sb.toString();
    }
}
