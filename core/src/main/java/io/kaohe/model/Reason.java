package io.kaohe.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One requirement checked for a verdict, met or not, citing the clause it implements.
 *
 * @param clause    the clause ID (SD-02, CN-02, …) from the rule's {@code @clause} metadata
 * @param rule      the name of the rule that checked it
 * @param decision  eligibility, grading, excellence, school or progress
 * @param met       whether the requirement is met
 * @param message   Chinese explanation with the values used
 * @param messageEn English explanation with the values used
 * @param params    the parameter values the rule used (name → value), in a stable order
 * @param values    the observed values the rule compared (name → value), in a stable order
 * @param parameters every parameter the rule read for this reason, in the order first read, each with its value,
 *                   unit, effective date, clause, legal reference and {@code fromSource}: a superset of
 *                   {@code params}, which lists only the ones the message is about
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"clause", "rule", "decision", "met", "message", "messageEn", "params", "values", "parameters"})
public record Reason(String clause, String rule, String decision, boolean met, String message, String messageEn,
                     Map<String, Object> params, Map<String, Object> values, List<ParameterUse> parameters) {
    /** A reason that lists no parameter provenance. */
    public Reason(String clause, String rule, String decision, boolean met, String message, String messageEn,
                  Map<String, Object> params, Map<String, Object> values) {
        this(clause, rule, decision, met, message, messageEn, params, values, List.of());
    }

    public Reason {
        // a message may quote a free-text field (an institution, a group's name): personal data in it is masked here,
        // so that every output built from a reason (JSON, HTML, CSV) gets it masked
        message = io.kaohe.internal.privacy.Mask.scrub(message);
        messageEn = io.kaohe.internal.privacy.Mask.scrub(messageEn);
        params = params == null ? Map.of() : scrubbed(params);
        values = values == null ? Map.of() : scrubbed(values);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scrubbed(Map<String, Object> m) {
        return java.util.Collections.unmodifiableMap((Map<String, Object>) io.kaohe.internal.privacy.Mask.scrubAll(m));
    }
}
