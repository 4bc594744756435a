package io.kaohe.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kaohe.model.Evidence;
import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Semester;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;
import io.kaohe.pack.AbilityCatalog;
import io.kaohe.params.Names;
import io.kaohe.privacy.Mask;
import io.kaohe.privacy.NationalIds;

/**
 * Checks a teacher dossier against interchange v1 and the pack's catalog and units. Every problem is
 * reported with its field path; a dossier with any problem is rejected whole, never half assessed.
 */
public final class DossierValidator {
    /** Amounts above this are taken as data errors (no cycle has a million hours). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final AbilityCatalog catalog;
    private final Map<RecordKind, Set<Unit>> units;

    public DossierValidator(AbilityCatalog catalog, Map<RecordKind, Set<Unit>> units) {
        this.catalog = catalog;
        this.units = units;
    }

    public List<FieldError> validate(TeacherDossier d) {
        List<FieldError> out = new ArrayList<>();
        if (d == null) {
            out.add(new FieldError("$", "dossier is empty"));
            return out;
        }
        teacher(d.teacher(), out);
        for (int i = 0; i < d.records().size(); i++) record(d.records().get(i), "records[" + i + "]", out);
        Map<String, Integer> attempts = new HashMap<>();
        for (int i = 0; i < d.scores().size(); i++) {
            RubricScore s = d.scores().get(i);
            String at = "scores[" + i + "]";
            score(s, at, out);
            if (s != null && s.ability() != null) {
                Integer prev = attempts.put(s.ability() + "#" + s.attemptNumber(), i);
                if (prev != null) {
                    out.add(new FieldError(at + ".attempt", "attempt " + s.attemptNumber() + " of " + s.ability()
                            + " is already given at scores[" + prev + "]"));
                }
            }
        }
        if (d.asOf() != null) date(d.asOf(), "asOf", out);
        if (d.finalAssessment() != null) {
            if (d.finalAssessment().level() == null) out.add(new FieldError("finalAssessment.level", "required"));
            if (d.finalAssessment().assessedOn() == null) out.add(new FieldError("finalAssessment.assessedOn", "required"));
            else date(d.finalAssessment().assessedOn(), "finalAssessment.assessedOn", out);
        }
        return out;
    }

    private void teacher(Teacher t, List<FieldError> out) {
        if (t == null) {
            out.add(new FieldError("teacher", "required"));
            return;
        }
        required(t.id(), "teacher.id", out);
        required(t.schoolId(), "teacher.schoolId", out);
        notPersonal(t.id(), "teacher.id", out);
        notPersonal(t.schoolId(), "teacher.schoolId", out);
        if (t.stage() == null) out.add(new FieldError("teacher.stage", "required"));
        if (t.nationalId() != null) {
            NationalIds.problem(t.nationalId()).ifPresent(p -> out.add(new FieldError("teacher.nationalId", p)));
        }
        if (t.phone() != null && !t.phone().matches("[0-9+\\- ]{5,20}")) {
            out.add(new FieldError("teacher.phone", "must be digits (5–20 characters)"));
        }
        for (int i = 0; i < t.roles().size(); i++) {
            if (t.roles().get(i) == null) out.add(new FieldError("teacher.roles[" + i + "]", "must not be null"));
        }
    }

    private void record(StudyRecord r, String at, List<FieldError> out) {
        if (r == null) {
            out.add(new FieldError(at, "must not be null"));
            return;
        }
        if (r.kind() == null) out.add(new FieldError(at + ".kind", "required"));
        if (r.unit() == null) out.add(new FieldError(at + ".unit", "required"));
        if (r.amount() == null) {
            out.add(new FieldError(at + ".amount", "required"));
        } else if (r.amount().signum() < 0) {
            out.add(new FieldError(at + ".amount", "must not be negative (was " + plain(r.amount()) + ")"));
        } else if (r.amount().compareTo(MAX_AMOUNT) > 0) {
            out.add(new FieldError(at + ".amount", "is implausibly large (was " + plain(r.amount()) + ", at most "
                    + plain(MAX_AMOUNT) + ")"));
        } else {
            Decimals.problem(r.amount()).ifPresent(p -> out.add(new FieldError(at + ".amount", p)));
        }
        if (r.date() == null) out.add(new FieldError(at + ".date", "required"));
        else date(r.date(), at + ".date", out);
        if (r.kind() != null && r.unit() != null) {
            // a kind the pack's policy does not use is accepted and not counted (the verdict says how many);
            // a kind it uses must come in a unit it can count
            Set<Unit> ok = units.get(r.kind());
            if (ok != null && !ok.contains(r.unit())) {
                out.add(new FieldError(at + ".unit", r.unit() + " cannot be used for " + r.kind()
                        + " in this pack (accepted: " + ok + "); the policy defines no conversion"));
            }
        }
        if (r.semester() != null) {
            try {
                Semester s = Semester.parse(r.semester());
                if (r.date() != null && !Semester.of(r.date()).equals(s)
                        && (r.date().isBefore(s.start().minusMonths(1)) || r.date().isAfter(s.end().plusMonths(1)))) {
                    out.add(new FieldError(at + ".semester", "semester " + s + " does not contain the date " + r.date()));
                }
            } catch (IllegalArgumentException e) {
                out.add(new FieldError(at + ".semester", e.getMessage()));
            }
        }
        if (r.amount() != null && r.unit() == Unit.COUNT && r.amount().stripTrailingZeros().scale() > 0) {
            out.add(new FieldError(at + ".amount", "a COUNT must be a whole number (was " + plain(r.amount()) + ")"));
        }
    }

    private void score(RubricScore s, String at, List<FieldError> out) {
        if (s == null) {
            out.add(new FieldError(at, "must not be null"));
            return;
        }
        if (s.ability() == null || s.ability().isBlank()) {
            out.add(new FieldError(at + ".ability", "required"));
        } else if (!catalog.contains(s.ability())) {
            out.add(new FieldError(at + ".ability", "unknown ability code '" + s.ability() + "'"
                    + Names.suggestion(s.ability(), catalog.all().keySet())));
        }
        if (s.level() == null && s.evidence() == null) {
            out.add(new FieldError(at + ".level", "required (or give evidence levels)"));
        }
        if (s.evidence() != null) {
            boolean ok = true;
            for (int i = 0; i < s.evidence().size(); i++) {
                Evidence e = s.evidence().get(i);
                if (e == null || e.level() == null) {
                    out.add(new FieldError(at + ".evidence[" + i + "].level", "required"));
                    ok = false;
                }
            }
            if (ok && s.level() != null) {
                Level derived = s.effectiveLevel();
                if (derived != s.level()) {
                    out.add(new FieldError(at + ".level", "is " + s.level() + " but the evidence gives " + derived
                            + " (CN-02: 优秀 only if every piece is 优秀, 不合格 if any piece is 不合格)"));
                }
            }
        }
        if (s.score() != null && (s.score().signum() < 0 || s.score().compareTo(BigDecimal.valueOf(100)) > 0)) {
            out.add(new FieldError(at + ".score", "must be within 0–100 (was " + plain(s.score()) + ")"));
        } else if (s.score() != null) {
            Decimals.problem(s.score()).ifPresent(p -> out.add(new FieldError(at + ".score", p)));
        }
        if (s.assessedOn() == null) out.add(new FieldError(at + ".assessedOn", "required"));
        else date(s.assessedOn(), at + ".assessedOn", out);
        if (s.attempt() != null && s.attempt() < 1) {
            out.add(new FieldError(at + ".attempt", "must be 1 or more (was " + s.attempt() + ")"));
        }
    }

    /**
     * IDs are copied into every verdict as given: one that holds a national ID or mobile number would put personal
     * data in the outputs unmasked, so it is refused (some exports key teachers by 身份证号).
     */
    public static void notPersonal(String v, String path, List<FieldError> out) {
        if (v != null && !v.equals(Mask.scrub(v))) {
            out.add(new FieldError(path, "holds a national ID or phone number; use the platform's own ID (IDs are copied into"
                    + " every output unmasked)"));
        }
    }

    private static void required(String v, String path, List<FieldError> out) {
        if (v == null || v.isBlank()) out.add(new FieldError(path, "required"));
    }

    private static void date(LocalDate d, String path, List<FieldError> out) {
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            out.add(new FieldError(path, "date out of range " + EARLIEST + " … " + LATEST + " (was " + d + ")"));
        }
    }

    private static String plain(BigDecimal b) { return Decimals.plain(b); }
}
