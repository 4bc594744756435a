package io.kaohe.liaoning.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kaohe.liaoning.Funds;
import io.kaohe.model.DossierParts;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.School;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.Stage;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.params.ParameterTable;
import io.kaohe.FieldError;
import io.kaohe.internal.validate.SchoolValidator;

/** The school's {@code funds}, a part only Liaoning declares, validated by core's SchoolValidator through the SPI (moved from core). */
class FundsValidationTest {
    static final SchoolValidator V = new SchoolValidator(AbilityCatalog.load("catalog.yaml", "A1: {environment: MULTIMEDIA}\n"),
            ParameterTable.load(Map.of("parameters/school.yaml", """
                    school.x:
                      description: x | x
                      unit: COUNT
                      clause: XX-01
                      values:
                        2020-01-01: {value: 1}
                    """), Set.of("XX-01")).at(LocalDate.of(2022, 1, 1)), List.of());

    static List<FieldError> validate(Funds f) {
        SchoolDossier d = new SchoolDossier(new School("S-1", null, null, 40, null, List.of(Stage.PRIMARY), null, null),
                new ManagementTeam(3, true, null), null, null, null, null, DossierParts.of(Map.of("funds", f)));
        return V.validate(d);
    }

    static List<String> paths(List<FieldError> e) { return e.stream().map(FieldError::path).toList(); }

    @Test
    void fundsMustBeCompleteNotNegativeAndTheSpendWithinTheFunds() {
        assertEquals(List.of(), validate(new Funds(new BigDecimal("1000"), new BigDecimal("1000"))));
        assertEquals(List.of("funds.publicFunds", "funds.trainingSpend"), paths(validate(new Funds(null, null))));
        assertEquals(List.of("funds.publicFunds", "funds.trainingSpend"), paths(validate(new Funds(new BigDecimal("-1"), new BigDecimal("-0.5")))));
        List<FieldError> over = validate(new Funds(new BigDecimal("100"), new BigDecimal("100.01")));
        assertEquals(List.of("funds.trainingSpend"), paths(over));
        assertTrue(over.get(0).message().contains("more than the public funds of 100"), over.get(0).message());
    }
}
