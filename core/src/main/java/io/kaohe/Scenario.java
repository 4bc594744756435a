package io.kaohe;

import java.util.List;

import io.kaohe.model.Grade;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.TeacherDossier;

/**
 * One policy-author test case: a teacher dossier, or a school dossier, and what the rules must decide for it.
 *
 * @param file    the scenario file it came from
 * @param index   its position in the file's {@code cases} list (0-based)
 * @param clauses the clauses it exercises (for coverage)
 * @param dossier the teacher dossier (null for a school case)
 * @param school  the school dossier, assessed on its own (null for a teacher case)
 * @param line    the line of the case in its file (0 when not known)
 */
public record Scenario(String file, int index, String name, List<String> clauses, TeacherDossier dossier, Expect expect,
                       SchoolDossier school, int line) {

    public Scenario(String file, int index, String name, List<String> clauses, TeacherDossier dossier, Expect expect) {
        this(file, index, name, clauses, dossier, expect, null, 0);
    }

    public Scenario(String file, int index, String name, List<String> clauses, TeacherDossier dossier, Expect expect,
                    SchoolDossier school) {
        this(file, index, name, clauses, dossier, expect, school, 0);
    }

    /** Whether this case is about a school. */
    public boolean isSchool() { return school != null; }

    /**
     * What must come out. Only what is given is checked; {@code unmet} given as [] means "none".
     *
     * @param outcomes clause IDs of the outcomes the verdict must carry (SD-05, …), exactly; [] means
     *                 "none"; null means "not checked"
     */
    public record Expect(Grade grade, Boolean eligible, List<String> unmet, List<ExpectedReason> reasons,
                         List<String> outcomes) {}

    /**
     * A reason that must be among the verdict's reasons: every field given must match; {@code contains}
     * must be a substring of the Chinese or the English message.
     */
    public record ExpectedReason(String clause, String rule, Boolean met, String message, String messageEn,
                                 String contains) {}

    /** "file › case name", how failures and test names show a case. */
    public String title() { return file + " › " + name; }
}
