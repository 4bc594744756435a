package io.kaohe.liaoning;

import java.math.BigDecimal;

import io.kaohe.model.SchoolDossier;

/** What LN-07 sees of a school's funds: one per school, its amounts null when the dossier gives no funds. */
public final class FundsFacts {
    private final String schoolId;
    private final Funds funds;

    FundsFacts(SchoolDossier d) {
        this.schoolId = d.school().id();
        this.funds = d.parts().get(Funds.PART.name(), Funds.class);
    }

    /** The school's ID. */
    public String getSchoolId() { return schoolId; }

    /** Per-student public funds received (生均公用经费), or null when the dossier gives no funds. */
    public BigDecimal getPublicFunds() { return funds == null ? null : funds.publicFunds(); }

    /** The part of the public funds spent on teacher training, or null when the dossier gives no funds. */
    public BigDecimal getTrainingSpend() { return funds == null ? null : funds.trainingSpend(); }

    @Override
    public String toString() { return "FundsFacts[" + schoolId + "]"; }
}
