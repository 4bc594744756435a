package io.kaohe.internal.engine;

import java.util.Map;

import io.kaohe.Problem;
import io.kaohe.internal.privacy.Mask;

/**
 * What was thrown while the KieBase of edited rules was built, as a rules problem at the rule's file and line. The
 * executable model evaluates a condition that depends on no fact (such as {@code eval( Integer.parseInt("x") > 0 )})
 * once, when it builds the rule, in a generated method named after the rule: that frame names the rule.
 */
final class BuildFailure {
    private BuildFailure() {}

    static Problem problem(String pack, Map<String, String> drl, RuntimeException x) {
        String cause = Mask.scrub(io.kaohe.RuleFailureException.text(Conditions.thrown(x)));
        Map<String, PackRules.Loc> where = PackRules.ruleLocations(drl);
        for (StackTraceElement f : x.getStackTrace()) {
            if (!f.getMethodName().startsWith("rule_")) continue;
            for (Map.Entry<String, PackRules.Loc> r : where.entrySet()) {
                String m = f.getMethodName();
                if (m.equals("rule_" + javaName(r.getKey(), true)) || m.equals("rule_" + javaName(r.getKey(), false))) {
                    PackRules.Loc at = r.getValue();
                    return Problem.of(at.file(), at.line(), 1,
                            "规则 '" + r.getKey() + "' 的条件在构建规则时出错：" + cause,
                            "the condition of rule '" + r.getKey() + "' fails when the rules are built: " + cause);
                }
            }
        }
        return Problem.of(pack, 0, 0, "规则构建时出错：" + cause, "the rules fail when they are built: " + cause);
    }

    /** A rule name as the executable model writes it in a method name: a character not allowed in Java as _ and its code. */
    static String javaName(String rule, boolean codeUnderscore) {
        StringBuilder b = new StringBuilder();
        rule.codePoints().forEach(c -> {
            if (Character.isJavaIdentifierPart(c) && !(codeUnderscore && c == '_')) b.appendCodePoint(c);
            else b.append('_').append(c);
        });
        return b.toString();
    }
}
