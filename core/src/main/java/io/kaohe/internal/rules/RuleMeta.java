package io.kaohe.internal.rules;

import java.util.Map;
import java.util.regex.Pattern;

import io.kaohe.KaoheException;
import io.kaohe.model.Decision;

/**
 * The metadata every Kaohe rule carries: {@code @clause("SD-02")}, {@code @decision("eligibility")},
 * and the message templates {@code @zh(...)}, {@code @en(...)} (optionally {@code @zhUnmet},
 * {@code @enUnmet} for the unmet case). Read once per rule.
 */
public record RuleMeta(String rule, String clause, Decision decision, String zh, String en, String zhUnmet,
                       String enUnmet, Format.Template zhTemplate, Format.Template enTemplate,
                       Format.Template zhUnmetTemplate, Format.Template enUnmetTemplate) {

    /** The metadata with its message templates split once, here, not for every reason. */
    public RuleMeta(String rule, String clause, Decision decision, String zh, String en, String zhUnmet, String enUnmet) {
        this(rule, clause, decision, zh, en, zhUnmet, enUnmet, Format.Template.of(zh), Format.Template.of(en),
                Format.Template.of(zhUnmet), Format.Template.of(enUnmet));
    }

    /** The Chinese message template for a requirement met or not. */
    public Format.Template zh(boolean met) { return !met && zhUnmetTemplate != null ? zhUnmetTemplate : zhTemplate; }

    /** The English message template for a requirement met or not. */
    public Format.Template en(boolean met) { return !met && enUnmetTemplate != null ? enUnmetTemplate : enTemplate; }

    public static final Pattern CLAUSE_ID = Pattern.compile("[A-Z]{2}-\\d{2}");

    public static RuleMeta of(String ruleName, Map<String, Object> meta) {
        String clause = str(meta.get("clause"));
        String decision = str(meta.get("decision"));
        if (clause == null || !CLAUSE_ID.matcher(clause).matches()) {
            throw new KaoheException("规则 '" + ruleName + "' 缺少有效的 @clause 条款编号 — rule '" + ruleName
                    + "' has no valid @clause (was " + clause + ")");
        }
        if (decision == null) throw new KaoheException("规则 '" + ruleName + "' 缺少 @decision — rule '" + ruleName + "' has no @decision");
        String zh = str(meta.get("zh"));
        String en = str(meta.get("en"));
        if (zh == null || en == null) throw new KaoheException("规则 '" + ruleName + "' 须有 @zh 和 @en 两条消息 — rule '" + ruleName
                + "' needs both @zh and @en messages");
        return new RuleMeta(ruleName, clause, Decision.of(decision), zh, en, str(meta.get("zhUnmet")), str(meta.get("enUnmet")));
    }

    /** Metadata values may keep their DRL quotes depending on the compiler; strip them. */
    public static String str(Object o) {
        if (o == null) return null;
        String s = o.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return s;
    }
}
