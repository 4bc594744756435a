package io.kaohe.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.kaohe.Problem;
import io.kaohe.internal.i18n.Names;

/**
 * Parameter names a rule uses that no parameter file defines, found in the DRL text before any rule runs: a
 * mistyped name would otherwise compile and then throw on the first dossier. A parameter name is a string
 * literal passed to a parameter lookup ({@code check.params().number("…")}), or any literal without spaces that
 * starts with the first word of a known parameter and a dot ({@code "teacher.…"}), or lower-case words joined by '.'
 * or '-' a slip away from a known name (the {@code check.atLeast(…, "teacher.online-hours-min")} calls and named
 * values; a named value such as {@code "cycleStart"} is not a parameter name).
 */
public final class RuleParameters {
    private RuleParameters() {}

    /** Lower-case words joined by '.' or '-', as parameter names are (named values such as "cycleStart" are not). */
    private static final Pattern SLIP = Pattern.compile("[a-z0-9]*[.-][a-z0-9.-]*");
    private static final Pattern LOOKUP = Pattern.compile(".*params\\(\\)\\s*\\.\\s*\\w+\\s*\\(\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    /** One problem per unknown name, at the file, line and column of its literal. */
    public static List<Problem> unknown(Map<String, String> drl, Set<String> known) {
        Set<String> words = new TreeSet<>();
        known.forEach(k -> words.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        List<Problem> out = new ArrayList<>();
        drl.forEach((file, text) -> {
            String[] lines = text.split("\n", -1);
            for (DrlText.Literal l : DrlText.literals(text)) {
                String v = l.value();
                boolean lookup = LOOKUP.matcher(l.before()).matches();
                boolean shaped = (v.indexOf('.') > 0 && words.contains(v.substring(0, v.indexOf('.'))) && v.chars().noneMatch(Character::isWhitespace))
                        || (SLIP.matcher(v).matches() && Names.nearest(v, known) != null);
                if (!(lookup || shaped) || known.contains(v)) continue;
                // a prefix a rule builds names from ("progress.share-target." + year, Hunan HN-03) is not itself a name
                if ((v.endsWith(".") || v.endsWith("-")) && known.stream().anyMatch(k -> k.length() > v.length() && k.startsWith(v))) continue;
                String rule = ruleAt(lines, l.line());
                String zhRule = rule == null ? "" : "规则 '" + rule + "' ";
                String enRule = rule == null ? "" : "rule '" + rule + "' ";
                out.add(Problem.of(file, l.line(), l.column(),
                        zhRule + "使用的参数 '" + v + "' 不存在" + Names.hintZh(v, known),
                        enRule + "uses parameter '" + v + "', which no parameter file defines" + Names.hintEn(v, known)));
            }
        });
        return out;
    }

    /** The name of the rule whose text holds this line (the nearest {@code rule "…"} above it), or null. */
    private static String ruleAt(String[] lines, int line) {
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            var m = RULE.matcher(lines[i]);
            if (m.find()) return m.group(1);
        }
        return null;
    }
}
