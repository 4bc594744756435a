package io.kaohe.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaohe.internal.i18n.Messages;
import io.kaohe.model.BatchProgress;
import io.kaohe.model.Deadline;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.ProgressStatus;
import io.kaohe.model.Reject;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.TeacherAction;
import io.kaohe.internal.privacy.Mask;

/**
 * A progress report as one self-contained HTML page: inline CSS and SVG, no script, nothing loaded from
 * the network (a Content-Security-Policy forbids it), so it opens on an offline intranet and prints well.
 * Every text from the input goes through {@link Html}'s escaping. The same report gives the same bytes.
 */
public final class ProgressHtml {
    private final Messages m;
    private final Charts charts;
    private final Html h = new Html();

    private ProgressHtml(Messages m) {
        this.m = m;
        this.charts = new Charts(m);
    }

    /**
     * @param title   the pack's title (shown under the heading)
     * @param m       the labels ({@link Texts#of})
     */
    public static String render(ProgressReport r, String title, Messages m) {
        return new ProgressHtml(m).page(r, title, r.actions());   // the teachers needing action: those the report counted
    }

    private String page(ProgressReport r, String title, List<TeacherAction> actions) {
        String county = r.county() == null ? "" : r.county();
        h.raw("<!DOCTYPE html>").nl();
        h.open("html", "lang", m.get("report.lang")).nl();
        h.raw("<head>").nl();
        h.raw("<meta charset=\"utf-8\">").nl();
        // nothing may load from anywhere: no script, no font, no image but inline data
        h.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">").nl();
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").nl();
        h.element("title", m.get("report.title", county)).nl();
        h.raw("<style>").nl().raw(css()).raw("</style>").nl();
        h.raw("</head>").nl();
        h.open("body").nl();
        header(r, title, county);
        h.raw("<main>").nl();
        cards(r, actions);
        batches(r);
        schools(r);
        grades(r);
        actions(r, actions);
        rejects(r.rejects());
        h.raw("</main>").nl();
        h.open("footer").text(m.get("report.footer", r.pack(), r.policyVersion())).close("footer").nl();
        h.raw("</body>").nl().raw("</html>").nl();
        return h.toString();
    }

    private void header(ProgressReport r, String title, String county) {
        h.raw("<header>").nl();
        h.element("p", m.get("report.kicker"), "class", "kicker").nl();
        h.element("h1", m.get("report.title", county)).nl();
        if (title != null) h.element("p", title, "class", "subtitle").nl();
        h.open("dl", "class", "meta");
        meta("report.asOf", r.asOf(), "as-of");
        meta("report.pack", r.pack(), "pack");
        meta("report.policyVersion", r.policyVersion(), "policy-version");
        h.close("dl").nl();
        h.raw("</header>").nl();
    }

    private void meta(String label, Object value, String id) {
        h.open("div").element("dt", m.get(label)).element("dd", value, "id", id).close("div");
    }

    private void cards(ProgressReport r, List<TeacherAction> actions) {
        SchoolProgress t = r.total();
        if (t == null) return;
        h.open("section", "class", "cards").nl();
        card(m.get("report.card.teachers"), String.valueOf(t.teachers()), m.get("report.card.assessed", t.assessed()), null);
        card(m.get("report.card.passed"), String.valueOf(t.passed()), rate(t.passRate()), null);
        card(m.get("report.card.action"), String.valueOf(actions.size()), m.get("report.card.actionNote"), null);
        card(m.get("report.card.status"), status(t.status()), next(r.deadlines()), "status-" + css(code(t.status())));
        h.close("section").nl();
    }

    private void card(String label, String value, String note, String cls) {
        h.open("div", "class", "card").element("div", label, "class", "card-label")
                .element("div", value, "class", cls == null ? "card-value" : "card-value " + cls)
                .element("div", note, "class", "card-note").close("div").nl();
    }

    private String next(List<Deadline> deadlines) {
        for (Deadline d : deadlines) {
            if (!d.passed()) return m.get("report.deadline.next", d.date(), d.daysLeft());
        }
        return deadlines.isEmpty() ? "" : m.get("report.deadline.allPassed");
    }

    private void batches(ProgressReport r) {
        h.open("section", "id", "batches").nl();
        h.element("h2", m.get("report.batches.title")).nl();
        h.element("p", m.get("report.batches.note"), "class", "note").nl();
        legend();
        for (BatchProgress b : r.batches()) {
            h.open("div", "class", "batch").nl();
            h.open("div", "class", "batch-head").element("h3", m.get("report.batch.name", b.batch()))
                    .raw(" ").raw(pill(b.status())).open("span", "class", "batch-facts")
                    .text(m.get("report.batch.facts", b.schools(), b.teachers(), b.startsOn(), b.dueBy(), due(b, r)))
                    .close("span").close("div").nl();
            if (b.plannedShare() != null) {
                h.element("p", m.get("report.batch.share", pct(b.plannedShare()), pct(b.actualShare())), "class", "note").nl();
            }
            charts.batch(h, b, r.asOf());
            h.nl().close("div").nl();
        }
        if (!r.deadlines().isEmpty()) {
            h.open("table", "class", "deadlines").nl();
            h.raw("<thead><tr>").element("th", m.get("report.deadline.clause")).element("th", m.get("report.deadline.what"))
                    .element("th", m.get("report.deadline.date")).element("th", m.get("report.deadline.left")).raw("</tr></thead>").nl();
            h.raw("<tbody>");
            for (Deadline d : r.deadlines()) {
                h.open("tr", "class", d.passed() ? "passed" : null).element("td", d.clause())
                        .element("td", m.locale().equals(Messages.ZH) || d.nameEn() == null ? d.name() : d.nameEn())
                        .element("td", d.date(), "class", "num")
                        .element("td", days(d.daysLeft()), "class", "num").close("tr").nl();
            }
            h.raw("</tbody></table>").nl();
        }
        if (r.recheck() != null) {
            h.element("p", m.get("report.recheck", r.recheck().clause(), String.join(", ", r.recheck().schoolIds()),
                    r.recheck().seed()), "class", "note").nl();
        }
        h.close("section").nl();
    }

    /** The colours of the batch bars. */
    private void legend() {
        h.open("p", "class", "legend");
        for (String[] item : new String[][] {{"g-pass", "passed"}, {"g-fail", "failed"}, {"g-incomplete", "notYet"}, {"g-none", "notAssessed"}}) {
            h.open("span").element("i", "", "class", "sw " + item[0]).text(m.get("report.legend." + item[1])).close("span");
        }
        h.open("span").element("i", "", "class", "sw time").text(m.get("report.legend.time")).close("span");
        h.close("p").nl();
    }

    private String due(BatchProgress b, ProgressReport r) {
        if (b.dueBy() == null) return "";
        long left = java.time.temporal.ChronoUnit.DAYS.between(r.asOf(), b.dueBy());
        return days(left);
    }

    private String days(long left) {
        return left > 0 ? m.get("report.days.left", left) : left == 0 ? m.get("report.days.today") : m.get("report.days.over", -left);
    }

    private void schools(ProgressReport r) {
        boolean stages = r.schools().stream().anyMatch(s -> s.expectedStage() != null);
        h.open("section", "id", "schools").nl();
        h.element("h2", m.get("report.schools.title")).nl();
        h.element("p", m.get("report.schools.note"), "class", "note").nl();
        h.open("table", "class", "schools").nl().raw("<thead><tr>");
        for (String c : List.of("school", "batch", "teachers", "passed", "passRate", "hours", "assessment", "practice", "action")) {
            h.element("th", m.get("report.col." + c), "class", c.equals("school") || c.equals("batch") ? null : "num");
        }
        if (stages) h.element("th", m.get("report.col.stage"));
        h.element("th", m.get("report.col.status")).raw("</tr></thead>").nl().raw("<tbody>").nl();
        for (SchoolProgress s : r.schools()) row(s, false, stages);
        h.raw("</tbody>").nl();
        if (r.total() != null) {
            h.raw("<tfoot>");
            row(r.total(), true, stages);
            h.raw("</tfoot>").nl();
        }
        h.raw("</table>").nl();
        h.close("section").nl();
    }

    private void row(SchoolProgress s, boolean total, boolean stages) {
        h.open("tr", "data-school", total ? "total" : s.schoolId());
        if (total) {
            h.element("th", m.get("report.total"), "scope", "row", "colspan", 2);
        } else {
            h.open("th", "scope", "row").element("span", s.schoolId(), "class", "id").raw(" ")
                    .text(s.name() == null ? "" : s.name()).close("th");
            h.element("td", s.batch() == null ? "" : s.batch(), "class", "nowrap");
        }
        h.element("td", s.teachers(), "class", "num");
        h.element("td", s.passed(), "class", "num");
        h.open("td", "class", "num rate").open("span", "class", "meter", "style", "--v:" + width(s.passRate())).close("span")
                .text(rate(s.passRate())).close("td");
        h.open("td", "class", "num").text(s.hoursPassed()).element("small", rate(s.hoursRate())).close("td");
        h.open("td", "class", "num").text(s.assessmentPassed()).element("small", rate(s.assessmentRate())).close("td");
        h.open("td", "class", "num").text(s.practiceCompleted()).element("small", rate(s.practiceRate())).close("td");
        h.element("td", s.failed() + s.incomplete(), "class", s.failed() + s.incomplete() > 0 ? "num warn" : "num");
        if (stages) h.element("td", s.expectedStage() == null ? "" : m.getOr("report.stage." + s.expectedStage(), s.expectedStage()));
        h.open("td").raw(pill(s.status())).close("td");
        h.close("tr").nl();
    }

    private void grades(ProgressReport r) {
        h.open("section", "id", "grades").nl();
        h.element("h2", m.get("report.grades.title")).nl();
        h.element("p", m.get("report.grades.note"), "class", "note").nl();
        charts.grades(h, r.schools(), r.total());
        h.nl().close("section").nl();
    }

    private void actions(ProgressReport r, List<TeacherAction> actions) {
        h.open("section", "id", "actions").nl();
        h.element("h2", m.get("report.actions.title", actions.size())).nl();
        h.element("p", m.get("report.actions.note"), "class", "note").nl();
        if (actions.isEmpty()) {
            h.element("p", m.get("report.actions.none")).nl();
            h.close("section").nl();
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (SchoolProgress s : r.schools()) names.put(s.schoolId(), s.name() == null ? "" : s.name());
        Map<String, List<TeacherAction>> bySchool = new LinkedHashMap<>();
        for (TeacherAction a : actions) bySchool.computeIfAbsent(a.schoolId(), k -> new ArrayList<>()).add(a);
        for (var e : bySchool.entrySet()) {
            h.open("div", "class", "school-actions").nl();
            h.open("h3").element("span", e.getKey(), "class", "id").raw(" ").text(names.getOrDefault(e.getKey(), ""))
                    .element("small", m.get("report.actions.count", e.getValue().size())).close("h3").nl();
            h.open("table", "class", "actions").raw("<thead><tr>").element("th", m.get("report.col.teacher"))
                    .element("th", m.get("report.col.grade")).element("th", m.get("report.col.todo")).raw("</tr></thead><tbody>").nl();
            for (TeacherAction a : e.getValue()) {
                h.open("tr", "data-grade", a.grade().name()).element("td", a.teacherId(), "class", "id")
                        .open("td").element("span", m.get("report.grade." + a.grade().name()), "class", "tag " + css(a.grade().name())).close("td")
                        .open("td").open("ul");
                for (TeacherAction.Item i : a.items()) {
                    h.open("li").element("span", m.get("report.kind." + i.kind().name()), "class", "kind " + css(i.kind().name()))
                            .raw(" ").element("span", i.clause(), "class", "clause").raw(" ").text(i.message(m.locale())).close("li");
                }
                h.close("ul").close("td").close("tr").nl();
            }
            h.raw("</tbody></table>").nl().close("div").nl();
        }
        h.close("section").nl();
    }

    private void rejects(List<Reject> rejects) {
        if (rejects.isEmpty()) return;
        h.open("section", "id", "rejects").nl();
        h.element("h2", m.get("report.rejects.title", rejects.size())).nl();
        h.open("ul", "class", "rejects");
        for (Reject r : rejects) {
            h.element("li", m.get("report.rejects.line", r.line(), r.teacherId() == null ? "-" : Mask.scrub(r.teacherId()),
                    Mask.scrub(r.error())));
        }
        h.close("ul").nl().close("section").nl();
    }

    private String pill(ProgressStatus status) {
        return "<span class=\"pill status-" + css(code(status)) + "\">" + Html.escape(status(status)) + "</span>";
    }

    private String status(ProgressStatus status) {
        return status == null ? "" : m.getOr("report.status." + status.name(), status.name());
    }

    private static String code(ProgressStatus s) { return s == null ? null : s.name(); }

    /** A value from data made safe as part of a CSS class name. */
    private static String css(String value) {
        return value == null ? "none" : value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String rate(BigDecimal r) { return r == null ? "—" : pct(r); }

    private static String pct(BigDecimal r) {
        return r == null ? "—" : r.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String width(BigDecimal r) {
        return r == null ? "0" : r.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String css() {
        try (InputStream in = ProgressHtml.class.getResourceAsStream("report.css")) {
            if (in == null) throw new IllegalStateException("report.css is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
