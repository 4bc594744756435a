package io.kaohe.liaoning;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.kaohe.spi.DossierPart;
import io.kaohe.internal.validate.Decimals;
import io.kaohe.FieldError;

/**
 * Public funds of a school over the period assessed, in yuan: the school dossier's {@code funds} (LN-07).
 *
 * @param publicFunds    per-student public funds received (生均公用经费)
 * @param trainingSpend  the part spent on teacher training
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Funds(BigDecimal publicFunds, BigDecimal trainingSpend) {
    /** The school dossier's field {@code funds}. */
    public static final DossierPart<Funds> PART = new DossierPart<>(DossierPart.Of.SCHOOL, "funds", Funds.class,
            (f, context, out) -> validate(f, out));

    /** Both amounts present, not negative, and the training spend within the public funds. */
    static void validate(Funds f, List<FieldError> out) {
        if (f.publicFunds() == null) out.add(FieldError.of("funds.publicFunds", "validate.funds.required"));
        else if (f.publicFunds().signum() < 0) out.add(FieldError.of("funds.publicFunds", "validate.negative", Decimals.plain(f.publicFunds())));
        if (f.trainingSpend() == null) out.add(FieldError.of("funds.trainingSpend", "validate.funds.required"));
        else if (f.trainingSpend().signum() < 0) out.add(FieldError.of("funds.trainingSpend", "validate.negative", Decimals.plain(f.trainingSpend())));
        else if (f.publicFunds() != null && f.publicFunds().signum() >= 0 && f.trainingSpend().compareTo(f.publicFunds()) > 0) {
            out.add(FieldError.of("funds.trainingSpend", "validate.funds.spend-over", Decimals.plain(f.trainingSpend()),
                    Decimals.plain(f.publicFunds())));
        }
        if (f.publicFunds() != null) Decimals.error("funds.publicFunds", f.publicFunds()).ifPresent(out::add);
        if (f.trainingSpend() != null) Decimals.error("funds.trainingSpend", f.trainingSpend()).ifPresent(out::add);
    }
}
