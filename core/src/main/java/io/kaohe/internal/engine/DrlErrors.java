package io.kaohe.internal.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaohe.Problem;
import io.kaohe.internal.i18n.Names;

/**
 * The Drools compiler's common messages in plain Chinese and English, at the line the author has to edit,
 * with the compiler's own text kept after them: a bracket or quote left open (the parser reports where it
 * gave up, often lines later), a property, method, fact type, global or function that does not exist (with
 * did-you-mean). A message it does not know is given as the compiler wrote it.
 */
final class DrlErrors {
    private DrlErrors() {}

    private static final Pattern SYNTAX = Pattern.compile("\\[ERR 1\\d\\d]|Syntax error|mismatched input|no viable alternative|missing \\S+ at");
    private static final Pattern PARSER_AT = Pattern.compile("Line (\\d+):(\\d+) (mismatched input|no viable alternative at input|extraneous input|missing \\S+ at) ('[^']*')?");
    private static final Pattern STRICT = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined for the type (\\w+)");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    private static final Pattern NOT_RESOLVED = Pattern.compile("Rule Compilation error (\\$?\\w+) cannot be resolved");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+)\\.(\\w+)\\s*;?", Pattern.MULTILINE);
    private static final Pattern GLOBAL = Pattern.compile("^\\s*global\\s+[\\w.<>]+\\s+(\\w+)", Pattern.MULTILINE);
    private static final Pattern FUNCTION = Pattern.compile("^\\s*(?:import\\s+)?function\\s+(?:[\\w.<>\\[\\]]+\\s+)?([\\w.]*?)(\\w+)\\s*[(;]", Pattern.MULTILINE);
    private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:");

    /** The problems of one compiler message about {@code file}, whose text is {@code text} (all DRL: {@code drl}). */
    static Problem translate(String file, String text, Map<String, String> drl, int line, String raw, List<DrlText.Unbalanced> open) {
        String rawText = " (Drools: " + raw + ")";
        String[] lines = text.split("\n", -1);
        if (SYNTAX.matcher(raw).find()) {
            DrlText.Unbalanced u = nearestAbove(open, line);
            if (u != null) return unbalanced(file, u, rawText);
            Matcher m = PARSER_AT.matcher(raw);
            if (m.find()) {
                int at = Integer.parseInt(m.group(1));
                String token = m.group(4) == null ? "" : m.group(4);
                if (token.equals("'<eof>'") || token.equals("''")) {
                    return Problem.of(file, at, 0, "第 " + at + " 行附近：文件意外结束（规则缺少 end？）",
                            "near line " + at + ": the file ends too early (a rule without 'end'?)" + rawText);
                }
                return Problem.of(file, at, Integer.parseInt(m.group(2)) + 1, "第 " + at + " 行附近语法错误：此处不应出现 " + token,
                        "syntax error near line " + at + ": " + token + " is not expected here" + rawText);
            }
            return null;
        }
        Matcher m = STRICT.matcher(raw);
        if (m.find()) {
            String type = simple(m.group(1));
            String name = m.group(2);
            String near = Names.nearest(name, properties(load(m.group(1))));
            int col = columnOf(lines, line, name);
            return Problem.of(file, line, col, type + " 没有属性 " + name + (near == null ? "" : "，是否应为 " + near + "？"),
                    type + " has no property " + name + (near == null ? "" : ": did you mean " + near + "?") + rawText);
        }
        m = UNDEFINED_METHOD.matcher(raw);
        if (m.find()) {
            String name = m.group(1);
            String type = m.group(2);
            int at = lineIn(lines, line, name + "(");
            int col = columnOf(lines, at, name + "(");
            if (type.startsWith("Rule_")) {
                String near = Names.nearest(name, functions(drl));
                return Problem.of(file, at, col, "未知的函数 " + name + "()" + hintZh(near),
                        "unknown function " + name + "()" + hintEn(near) + rawText);
            }
            String near = Names.nearest(name, methods(load(imports(drl).get(type))));
            return Problem.of(file, at, col, type + " 没有方法 " + name + "()" + (near == null ? "" : "，是否应为 " + near + "()？"),
                    type + " has no method " + name + "()" + (near == null ? "" : ": did you mean " + near + "()?") + rawText);
        }
        m = OBJECT_TYPE.matcher(raw);
        if (m.find()) {
            String type = m.group(1);
            String near = Names.nearest(simple(type), imports(drl).keySet());
            int col = columnOf(lines, line, type);
            return Problem.of(file, line, col, "未知的事实类型 " + type + hintZh(near) + "（须先 import）",
                    "unknown fact type " + type + hintEn(near) + " (it must be imported)" + rawText);
        }
        m = NOT_RESOLVED.matcher(raw);
        if (m.find()) {
            String name = m.group(1);
            int at = lineIn(lines, line, name);
            Set<String> known = new TreeSet<>(globals(drl));
            known.add("kcontext");
            known.add("drools");
            Matcher b = BINDING.matcher(block(lines, line));
            while (b.find()) known.add(b.group(1));
            if (known.contains(name)) {
                return Problem.of(file, at, columnOf(lines, at, name), "变量 " + name + " 无法使用：绑定它的条件有错（见同一规则的其他错误）",
                        name + " cannot be used: the condition that binds it has an error (see the rule's other errors)" + rawText);
            }
            String near = Names.nearest(name, known);
            return Problem.of(file, at, columnOf(lines, at, name), "未知的名称 " + name + "（不是全局变量、绑定变量或函数）" + hintZh(near),
                    "unknown name " + name + " (not a global, a bound variable or a function)" + hintEn(near) + rawText);
        }
        return null;
    }

    /** Every bracket or quote problem of a file, in plain words, for compiler errors none of which placed it. */
    static Problem unbalanced(String file, DrlText.Unbalanced u, String rawText) {
        String what = switch (u.missing()) {
            case ')' -> "右括号 ')'";
            case ']' -> "右方括号 ']'";
            case '}' -> "右花括号 '}'";
            default -> "结束引号 " + u.missing();
        };
        if (u.missing() == DrlText.END) {
            return Problem.of(file, u.line(), u.column(), "第 " + u.line() + " 行开始的规则缺少结尾的 end",
                    "the rule starting on line " + u.line() + " has no 'end'" + rawText);
        }
        if (u.extraCloser()) {
            return Problem.of(file, u.line(), u.column(), "第 " + u.line() + " 行多了一个 '" + u.missing() + "'（前面没有与之配对的左括号）",
                    "an extra '" + u.missing() + "' on line " + u.line() + " (nothing before it to close)" + rawText);
        }
        if (u.missing() == '"' || u.missing() == '\'') {
            return Problem.of(file, u.line(), u.column(), "第 " + u.line() + " 行的字符串缺少" + what,
                    "the text on line " + u.line() + " is missing its closing quote " + u.missing() + rawText);
        }
        return Problem.of(file, u.line(), u.column(), "第 " + u.line() + " 行附近缺少" + what,
                "missing '" + u.missing() + "' near line " + u.line() + rawText);
    }

    /** The bracket problem nearest at or above the line the parser gave up at (it gives up later, never earlier). */
    private static DrlText.Unbalanced nearestAbove(List<DrlText.Unbalanced> open, int line) {
        DrlText.Unbalanced best = null;
        for (DrlText.Unbalanced u : open) if (u.line() <= line && (best == null || u.line() >= best.line())) best = u;
        return best != null ? best : open.isEmpty() ? null : open.get(0);
    }

    private static String hintZh(String near) { return near == null ? "" : "（是否应为 " + near + "？）"; }

    private static String hintEn(String near) { return near == null ? "" : " (did you mean " + near + "?)"; }

    private static String simple(String type) { return type.substring(type.lastIndexOf('.') + 1); }

    /** The text of the rule starting at {@code line} up to its {@code end}. */
    private static String block(String[] lines, int line) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(line - 1, 0); i < lines.length; i++) {
            b.append(lines[i]).append('\n');
            if (i > line - 1 && lines[i].trim().equals("end")) break;
        }
        return b.toString();
    }

    /** The first line at or after {@code line} (a rule's first line: consequence errors are reported there) holding {@code token}. */
    private static int lineIn(String[] lines, int line, String token) {
        Pattern p = Pattern.compile("(?<![\\w$])" + Pattern.quote(token));
        for (int i = Math.max(line - 1, 0); i < lines.length; i++) {
            String code = lines[i].replaceFirst("//.*$", "");
            if (p.matcher(code).find()) return i + 1;
            if (i > line - 1 && lines[i].trim().equals("end")) break;
        }
        return line;
    }

    private static int columnOf(String[] lines, int line, String token) {
        if (line < 1 || line > lines.length) return 0;
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(token)).matcher(lines[line - 1]);
        return m.find() ? m.start() + 1 : 0;
    }

    /** Simple name → full name of every class the DRL files import. */
    private static Map<String, String> imports(Map<String, String> drl) {
        Map<String, String> out = new TreeMap<>();
        drl.values().forEach(t -> {
            Matcher m = IMPORT.matcher(t);
            while (m.find()) if (!m.group(1).startsWith("function")) out.put(m.group(2), m.group(1) + "." + m.group(2));
        });
        return out;
    }

    /** Names of the globals every DRL file declares. */
    private static Set<String> globals(Map<String, String> drl) { return names(drl, GLOBAL, 1); }

    /** Names of the functions the DRL files declare or import. */
    private static Set<String> functions(Map<String, String> drl) { return names(drl, FUNCTION, 2); }

    private static Set<String> names(Map<String, String> drl, Pattern declaration, int group) {
        Set<String> out = new TreeSet<>();
        drl.values().forEach(t -> {
            Matcher m = declaration.matcher(t);
            while (m.find()) out.add(m.group(group));
        });
        return out;
    }

    private static Class<?> load(String name) {
        if (name == null) return null;
        try {
            return Class.forName(name, false, DrlErrors.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** Properties a constraint may name: getX / isX as x, and other public no-argument methods by name. */
    static Set<String> properties(Class<?> type) {
        Set<String> out = new TreeSet<>();
        for (Method m : publicMethods(type)) {
            if (m.getParameterCount() != 0) continue;
            String n = m.getName();
            if (n.startsWith("get") && n.length() > 3) out.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            else if (n.startsWith("is") && n.length() > 2) out.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
            else out.add(n);
        }
        return out;
    }

    private static Set<String> methods(Class<?> type) {
        Set<String> out = new TreeSet<>();
        for (Method m : publicMethods(type)) out.add(m.getName());
        return out;
    }

    private static List<Method> publicMethods(Class<?> type) {
        List<Method> out = new ArrayList<>();
        if (type == null) return out;
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers())) out.add(m);
        }
        return out;
    }
}
