package io.kaohe.internal.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kaohe.FieldError;
import io.kaohe.model.Evidence;
import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Semester;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.i18n.Names;
import io.kaohe.internal.privacy.Mask;
import io.kaohe.internal.privacy.NationalIds;

/**
 * Checks a teacher dossier against interchange v1 and the pack's catalog and units. Every problem is
 * reported with its field path; a dossier with any problem is rejected whole, never half assessed.
 */
public final class DossierValidator {
    /** Amounts above this are taken as data errors (no cycle has a million hours). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[0-9+\\- ]{5,20}");

    private final AbilityCatalog catalog;
    private final Map<RecordKind, Set<Unit>> units;

    public DossierValidator(AbilityCatalog catalog, Map<RecordKind, Set<Unit>> units) {
        this.catalog = catalog;
        this.units = units;
    }

    public List<FieldError> validate(TeacherDossier d) {
        List<FieldError> out = new ArrayList<>();
        if (d == null) {
            out.add(FieldError.of("$", "validate.dossier.empty"));
            return out;
        }
        teacher(d.teacher(), out);
        for (int i = 0; i < d.records().size(); i++) {
            int before = out.size();
            record(d.records().get(i), out);
            prefix(out, before, "records", i);
        }
        Map<String, Integer> attempts = new HashMap<>();
        for (int i = 0; i < d.scores().size(); i++) {
            RubricScore s = d.scores().get(i);
            int before = out.size();
            score(s, out);
            prefix(out, before, "scores", i);
            if (s != null && s.ability() != null) {
                Integer prev = attempts.put(s.ability() + "#" + s.attemptNumber(), i);
                if (prev != null) {
                    out.add(FieldError.of("scores[" + i + "].attempt", "validate.score.attempt.repeated", s.attemptNumber(),
                            s.ability(), "scores[" + prev + "]"));
                }
            }
        }
        if (d.asOf() != null) date(d.asOf(), "asOf", out);
        Parts.validate(d.parts(), io.kaohe.spi.DossierPart.Of.TEACHER, catalog, out);
        return out;
    }

    private void teacher(Teacher t, List<FieldError> out) {
        if (t == null) {
            out.add(FieldError.of("teacher", "validate.required"));
            return;
        }
        required(t.id(), "teacher.id", out);
        required(t.schoolId(), "teacher.schoolId", out);
        notPersonal(t.id(), "teacher.id", out);
        notPersonal(t.schoolId(), "teacher.schoolId", out);
        if (t.stage() == null) out.add(FieldError.of("teacher.stage", "validate.required"));
        if (t.nationalId() != null) {
            nationalIdError("teacher.nationalId", t.nationalId()).ifPresent(out::add);
        }
        if (t.phone() != null && !PHONE.matcher(t.phone()).matches()) {
            out.add(FieldError.of("teacher.phone", "validate.phone"));
        }
        for (int i = 0; i < t.roles().size(); i++) {
            if (t.roles().get(i) == null) out.add(FieldError.of("teacher.roles[" + i + "]", "validate.not-null"));
        }
    }

    private void record(StudyRecord r, List<FieldError> out) {
        if (r == null) {
            out.add(FieldError.of("", "validate.not-null"));
            return;
        }
        if (r.kind() == null) out.add(FieldError.of(".kind", "validate.required"));
        if (r.unit() == null) out.add(FieldError.of(".unit", "validate.required"));
        if (r.amount() == null) {
            out.add(FieldError.of(".amount", "validate.required"));
        } else if (r.amount().signum() < 0) {
            out.add(FieldError.of(".amount", "validate.negative", plain(r.amount())));
        } else if (r.amount().compareTo(MAX_AMOUNT) > 0) {
            out.add(FieldError.of(".amount", "validate.amount.too-large", plain(r.amount()),
                    plain(MAX_AMOUNT)));
        } else {
            Decimals.error(".amount", r.amount()).ifPresent(out::add);
        }
        if (r.date() == null) out.add(FieldError.of(".date", "validate.required"));
        else date(r.date(), ".date", out);
        if (r.kind() != null && r.unit() != null) {
            // a kind the pack's policy does not use is accepted and not counted (the verdict says how many);
            // a kind it uses must come in a unit it can count
            Set<Unit> ok = units.get(r.kind());
            if (ok != null && !ok.contains(r.unit())) {
                out.add(FieldError.of(".unit", "validate.unit.not-accepted", r.unit(), r.kind(),
                        ok));
            }
        }
        if (r.semester() != null) {
            try {
                Semester s = Semester.parse(r.semester());
                if (r.date() != null && !Semester.of(r.date()).equals(s)
                        && (r.date().isBefore(s.start().minusMonths(1)) || r.date().isAfter(s.end().plusMonths(1)))) {
                    out.add(FieldError.of(".semester", "validate.semester.date", s, r.date()));
                }
            } catch (IllegalArgumentException e) {
                out.add(new FieldError(".semester", e.getMessage()));
            }
        }
        if (r.amount() != null && r.unit() == Unit.COUNT && r.amount().stripTrailingZeros().scale() > 0) {
            out.add(FieldError.of(".amount", "validate.count.whole", plain(r.amount())));
        }
    }

    private void score(RubricScore s, List<FieldError> out) {
        if (s == null) {
            out.add(FieldError.of("", "validate.not-null"));
            return;
        }
        if (s.ability() == null || s.ability().isBlank()) {
            out.add(FieldError.of(".ability", "validate.required"));
        } else if (!catalog.contains(s.ability())) {
            out.add(FieldError.of(".ability", "validate.ability.unknown", s.ability(),
                    Names.suggestion(s.ability(), catalog.all().keySet())));
        }
        if (s.level() == null && s.evidence() == null) {
            out.add(FieldError.of(".level", "validate.level.required"));
        }
        if (s.evidence() != null) {
            boolean ok = true;
            for (int i = 0; i < s.evidence().size(); i++) {
                Evidence e = s.evidence().get(i);
                if (e == null) {
                    out.add(FieldError.of(".evidence[" + i + "]", "validate.not-null"));
                    ok = false;
                } else if (e.level() == null) {
                    out.add(FieldError.of(".evidence[" + i + "].level", "validate.required"));
                    ok = false;
                }
            }
            if (ok && s.level() != null) {
                Level derived = s.effectiveLevel();
                if (derived != s.level()) {
                    out.add(FieldError.of(".level", "validate.level.evidence", s.level(), derived));
                }
            }
        }
        if (s.score() != null && (s.score().signum() < 0 || s.score().compareTo(BigDecimal.valueOf(100)) > 0)) {
            out.add(FieldError.of(".score", "validate.score.range", plain(s.score())));
        } else if (s.score() != null) {
            Decimals.error(".score", s.score()).ifPresent(out::add);
        }
        if (s.assessedOn() == null) out.add(FieldError.of(".assessedOn", "validate.required"));
        else date(s.assessedOn(), ".assessedOn", out);
        if (s.attempt() != null && s.attempt() < 1) {
            out.add(FieldError.of(".attempt", "validate.attempt.min", s.attempt()));
        }
    }

    /** The error at {@code path} when {@code id} is not a valid national ID (never repeating the number). */
    public static java.util.Optional<FieldError> nationalIdError(String path, String id) {
        return NationalIds.fault(id).map(f -> FieldError.of(path, f.key(), f.args().toArray()));
    }

    /**
     * IDs are copied into every verdict as given: one that holds a national ID or mobile number would put personal
     * data in the outputs unmasked, so it is refused (some exports key teachers by 身份证号).
     */
    public static void notPersonal(String v, String path, List<FieldError> out) {
        if (v != null && !v.equals(Mask.scrub(v))) {
            out.add(FieldError.of(path, "validate.id.personal"));
        }
    }

    /**
     * The errors from {@code from} on, found in one element of a list, put at {@code list[i]}: the element's path is
     * written only for an element with an error (most have none).
     */
    private static void prefix(List<FieldError> out, int from, String list, int i) {
        if (out.size() == from) return;
        String at = list + "[" + i + "]";
        for (int k = from; k < out.size(); k++) out.set(k, out.get(k).withPrefix(at));
    }

    private static void required(String v, String path, List<FieldError> out) {
        if (v == null || v.isBlank()) out.add(FieldError.of(path, "validate.required"));
    }

    /** Errors for a date outside {@link #EARLIEST} … {@link #LATEST}. */
    public static void date(LocalDate d, String path, List<FieldError> out) {
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            out.add(FieldError.of(path, "validate.date.range", EARLIEST, LATEST, d));
        }
    }

    private static String plain(BigDecimal b) { return Decimals.plain(b); }
}
