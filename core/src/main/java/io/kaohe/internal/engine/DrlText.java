package io.kaohe.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A light scan of DRL text that knows comments and string literals, for what the Drools compiler does not
 * tell well: which string literals a rule passes as parameter names, and where a bracket or quote is left open.
 * Lines and columns are 1-based.
 */
final class DrlText {
    private DrlText() {}

    /** A string literal (without its quotes), where its opening quote is, and the code on its line before it. */
    record Literal(String value, int line, int column, String before) {}

    /**
     * A bracket or quote left open ({@code missing} is what would close it; {@link #END} for a rule without its
     * {@code end}), or a closer with nothing to close.
     */
    record Unbalanced(char missing, boolean extraCloser, int line, int column) {}

    /** Every string literal outside comments, in order. */
    static List<Literal> literals(String text) {
        List<Literal> out = new ArrayList<>();
        scan(text, out::add, u -> {});
        return out;
    }

    /**
     * Brackets and quotes left open or closed twice. A rule's sections ({@code when}, {@code then}, {@code end},
     * {@code rule}, {@code function} starting a line) must each balance: what is open when the next begins is missing
     * its closer; the innermost opener is reported, as that is where the closer was left out.
     */
    static List<Unbalanced> unbalanced(String text) {
        List<Unbalanced> out = new ArrayList<>();
        scan(text, l -> {}, out::add);
        return out;
    }

    private record Open(char c, int line, int column) {}

    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile("^\\s*(when|then|end|rule|query|function|declare)\\b.*");

    private static void scan(String text, Consumer<Literal> literals, Consumer<Unbalanced> unbalanced) {
        String[] lines = text.split("\n", -1);
        boolean block = false;
        java.util.Deque<Open> open = new java.util.ArrayDeque<>();
        int ruleAt = 0; // the line of the rule (query, declare) whose 'end' is still to come
        boolean lost = false; // a quote left open: the brackets of this section cannot be counted
        for (int li = 0; li < lines.length; li++) {
            String s = lines[li];
            int line = li + 1;
            java.util.regex.Matcher section = SECTION.matcher(s);
            if (!block && section.matches()) {
                if (!open.isEmpty() && !lost) {
                    Open o = open.peek();
                    unbalanced.accept(new Unbalanced(closer(o.c()), false, o.line(), o.column()));
                }
                open.clear();
                lost = false;
                String word = section.group(1);
                if (word.equals("rule") || word.equals("query") || word.equals("declare")) {
                    if (ruleAt > 0) unbalanced.accept(new Unbalanced(END, false, ruleAt, 1));
                    ruleAt = line;
                } else if (word.equals("end")) {
                    ruleAt = 0;
                }
            }
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (block) {
                    int end = s.indexOf("*/", i);
                    if (end < 0) break;
                    block = false;
                    i = end + 2;
                    continue;
                }
                if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') break;
                if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                    block = true;
                    i += 2;
                    continue;
                }
                if (c == '"' || c == '\'') {
                    int j = i + 1;
                    StringBuilder v = new StringBuilder();
                    while (j < s.length() && s.charAt(j) != c) {
                        if (s.charAt(j) == '\\' && j + 1 < s.length()) j++;
                        v.append(s.charAt(j));
                        j++;
                    }
                    if (j >= s.length()) {
                        unbalanced.accept(new Unbalanced(c, false, line, i + 1));
                        lost = true;
                        break;
                    }
                    literals.accept(new Literal(v.toString(), line, i + 1, s.substring(0, i)));
                    i = j + 1;
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') open.push(new Open(c, line, i + 1));
                if ((c == ')' || c == ']' || c == '}') && !lost) {
                    if (!open.isEmpty() && closer(open.peek().c()) == c) {
                        open.pop();
                    } else if (open.isEmpty()) {
                        unbalanced.accept(new Unbalanced(c, true, line, i + 1));
                    } else {
                        Open o = open.pop(); // closed with the wrong bracket: the opener misses its own
                        unbalanced.accept(new Unbalanced(closer(o.c()), false, o.line(), o.column()));
                    }
                }
                i++;
            }
        }
        if (!open.isEmpty() && !lost) {
            Open o = open.peek();
            unbalanced.accept(new Unbalanced(closer(o.c()), false, o.line(), o.column()));
        }
        if (ruleAt > 0) unbalanced.accept(new Unbalanced(END, false, ruleAt, 1));
    }

    /** {@link Unbalanced#missing()} of a rule without its {@code end}. */
    static final char END = 'E';

    private static char closer(char c) {
        return switch (c) {
            case '(' -> ')';
            case '[' -> ']';
            default -> '}';
        };
    }
}
