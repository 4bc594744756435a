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
import io.kaohe.model.FormItem;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.ProgressStatus;
import io.kaohe.model.Reason;
import io.kaohe.model.Reject;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.TeacherAction;
import io.kaohe.internal.privacy.Mask;

/**
 * A progress report as one self-contained HTML page: inline CSS and SVG, no script, nothing loaded from
 * the network (a Content-Security-Policy forbids it), so it opens on an offline intranet and prints well.
 * Every text from the input goes through {@link Html}'s escaping. The same report gives the same bytes.
 *
 * <p>Printed, it is an A4 document an official can file: {@code @page} A4 with margins, a running header (county,
 * as-of date) and page numbers in the page margins, each long section on a new page, tables that fit the printable
 * width. The rule version is in the footer, not among the facts a reader needs.
 */
public final class ProgressHtml {
    private final Messages m;
    private final Labels labels;
    private final Charts charts;
    private final ReportExtras extras;
    private final Html h = new Html();

    private ProgressHtml(Messages m, ReportExtras extras) {
        this.m = m;
        this.labels = Labels.of(m);
        this.charts = new Charts(labels);
        this.extras = extras;
    }

    /**
     * @param title   the pack's title (shown under the heading where the labels have no title of the pack's own)
     * @param m       the labels ({@link Texts#of})
     */
    public static String render(ProgressReport r, String title, Messages m) {
        return render(r, title, m, ReportExtras.NONE);
    }

    /** The page with the school scores, teacher names and school contacts of {@code extras}. */
    public static String render(ProgressReport r, String title, Messages m, ReportExtras extras) {
        return new ProgressHtml(m, extras).page(r, title, r.actions());   // the teachers needing action: those the report counted
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
        h.raw("<style>").nl().raw(css()).raw(printMargins(r, county)).raw("</style>").nl();
        h.raw("</head>").nl();
        h.open("body").nl();
        header(r, title, county);
        h.raw("<main>").nl();
        cards(r, actions);
        batches(r);
        schools(r);
        grades(r);
        scores(r);
        actions(r, actions);
        rejects(r.rejects());
        h.raw("</main>").nl();
        footer(r);
        h.raw("</body>").nl().raw("</html>").nl();
        return h.toString();
    }

    private void header(ProgressReport r, String title, String county) {
        h.raw("<header>").nl();
        h.element("p", m.get("report.kicker"), "class", "kicker").nl();
        h.element("h1", m.get("report.title", county)).nl();
        String basis = m.getOr("report.packTitle." + r.pack(), title);
        if (basis != null) h.element("p", m.get("report.basis", basis), "class", "subtitle").nl();
        h.open("dl", "class", "meta");
        meta("report.asOf", r.asOf(), "as-of");
        if (!county.isEmpty()) meta("report.county", county, "county");
        h.close("dl").nl();
        h.raw("</header>").nl();
    }

    /** Who made the page, with which rules: for the record, not for the reader's first look. */
    private void footer(ProgressReport r) {
        h.open("footer").open("p").text(m.get("report.footer.made")).raw(" ")
                .text(m.get("report.pack")).raw(" ").element("span", r.pack(), "id", "pack").raw(" · ")
                .text(m.get("report.policyVersion")).raw(" ").element("span", r.policyVersion(), "id", "policy-version")
                .close("p").open("p").text(m.get("report.footer.same")).close("p").close("footer").nl();
    }

    /**
     * The printed page's margins: A4, the county and as-of date at the top, page numbers at the bottom (CSS margin
     * boxes). The texts are CSS strings ({@link #cssString}): a county name cannot end the style sheet.
     */
    private String printMargins(ProgressReport r, String county) {
        // the page numbers are CSS counters: the message's {0} and {1} (sent as the controls 0 and 1, escaped as "\\0 " and
        // "\\1 " by cssString) become counter(page) and counter(pages) between the quoted parts
        String page = cssString(m.get("report.print.page", "\u0000", "\u0001"))
                .replace("\\0 ", "\" counter(page) \"").replace("\\1 ", "\" counter(pages) \"");
        return "@page {\n  size: A4; margin: 16mm 14mm 16mm 14mm;\n"
                + "  @top-left { content: " + cssString(m.get("report.title", county)) + "; }\n"
                + "  @top-right { content: " + cssString(m.get("report.print.asOf", r.asOf())) + "; }\n"
                + "  @bottom-right { content: " + page + "; }\n}\n";
    }

    /** A text as a double-quoted CSS string: quotes, backslashes, angle brackets and controls escaped as code points. */
    static String cssString(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x7f) b.append('\\').append(Integer.toHexString(c)).append(' ');
            else b.appendCodePoint(c);
        });
        return b.append('"').toString();
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
        String overall = Labels.overall(r);   // one truth with the batches and schools below (部分逾期)
        card(m.get("report.card.status"), labels.status(overall), next(r.deadlines()), "status-" + css(overall));
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
            h.open("div", "class", "batch-head").element("h3", m.get("report.batch.name", labels.batch(b.batch())))
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
        boolean scores = !extras.scores().isEmpty();
        h.open("section", "id", "schools").nl();
        h.element("h2", m.get("report.schools.title")).nl();
        h.element("p", m.get("report.schools.note"), "class", "note").nl();
        h.open("table", "class", "schools").nl().raw("<thead><tr>");
        for (String c : List.of("school", "batch", "teachers", "passed", "passRate", "hours", "assessment", "practice", "action")) {
            h.element("th", m.get("report.col." + c), "class", c.equals("school") || c.equals("batch") ? null : "num");
        }
        if (stages) h.element("th", m.get("report.col.stage"));
        if (scores) h.element("th", m.get("report.col.form"), "class", "num");
        h.element("th", m.get("report.col.status")).raw("</tr></thead>").nl().raw("<tbody>").nl();
        for (SchoolProgress s : r.schools()) row(s, false, stages, scores, null);
        h.raw("</tbody>").nl();
        if (r.total() != null) {
            h.raw("<tfoot>");
            row(r.total(), true, stages, scores, Labels.overall(r));
            h.raw("</tfoot>").nl();
        }
        h.raw("</table>").nl();
        h.close("section").nl();
    }

    private void row(SchoolProgress s, boolean total, boolean stages, boolean scores, String overall) {
        h.open("tr", "data-school", total ? "total" : s.schoolId());
        if (total) {
            h.element("th", labels.total(), "scope", "row", "colspan", 2);
        } else {
            h.open("th", "scope", "row").element("span", s.schoolId(), "class", "id").raw(" ")
                    .text(s.name() == null ? "" : s.name()).close("th");
            h.element("td", labels.batch(s.batch()), "class", "nowrap");
        }
        h.element("td", s.teachers(), "class", "num");
        h.element("td", s.passed(), "class", "num");
        h.open("td", "class", "num rate").open("span", "class", "meter", "style", "--v:" + width(s.passRate())).close("span")
                .text(rate(s.passRate())).close("td");
        h.open("td", "class", "num").text(s.hoursPassed()).element("small", rate(s.hoursRate())).close("td");
        h.open("td", "class", "num").text(s.assessmentPassed()).element("small", rate(s.assessmentRate())).close("td");
        h.open("td", "class", "num").text(s.practiceCompleted()).element("small", rate(s.practiceRate())).close("td");
        h.element("td", s.failed() + s.incomplete(), "class", s.failed() + s.incomplete() > 0 ? "num warn" : "num");
        if (stages) h.element("td", labels.stage(s.expectedStage()));
        if (scores) formCell(total ? null : extras.scores().get(s.schoolId()));
        h.open("td").raw(total ? pill(overall) : pill(s.status())).close("td");
        h.close("tr").nl();
    }

    private void grades(ProgressReport r) {
        h.open("section", "id", "grades").nl();
        h.element("h2", m.get("report.grades.title")).nl();
        h.element("p", m.get("report.grades.note"), "class", "note").nl();
        charts.grades(h, r.schools(), r.total());
        h.nl().close("section").nl();
    }

    /**
     * Each school's form score ({@code --schools}): the total and grade, the items that lost points, and the requirements
     * not met, in the order of the report's schools (then any school the report does not list).
     */
    private void scores(ProgressReport r) {
        if (extras.scores().isEmpty()) return;
        h.open("section", "id", "scores").nl();
        h.element("h2", m.get("report.scores.title")).nl();
        h.element("p", m.get("report.scores.note"), "class", "note").nl();
        Map<String, String> names = names(r);
        List<String> order = new ArrayList<>(names.keySet());
        for (String id : extras.scores().keySet()) if (!order.contains(id)) order.add(id);
        for (String id : order) {
            SchoolVerdict v = extras.scores().get(id);
            if (v == null) continue;
            h.open("div", "class", "school-score", "data-school", id).nl();
            h.open("h3").element("span", id, "class", "id").raw(" ").text(names.getOrDefault(id, ""))
                    .element("small", m.get("report.scores.total", v.total() == null ? "—" : v.total().stripTrailingZeros().toPlainString()))
                    .raw(" ").element("span", labels.grade(v.grade()), "class", "tag " + css(v.grade() == null ? null : v.grade().name()))
                    .close("h3").nl();
            List<FormItem> lost = v.items().stream()
                    .filter(i -> i.points() != null && i.max() != null && i.points().compareTo(i.max()) < 0).toList();
            if (!lost.isEmpty()) {
                h.open("table", "class", "form").raw("<thead><tr>").element("th", m.get("report.scores.item"))
                        .element("th", m.get("report.scores.points"), "class", "num").element("th", m.get("report.deadline.clause"))
                        .raw("</tr></thead><tbody>").nl();
                for (FormItem i : lost) {
                    h.open("tr", "data-item", i.item()).element("td", i.title() == null ? i.item() : labels.title(i.title()))
                            .element("td", m.get("report.scores.of", plain(i.points()), plain(i.max())), "class", "num")
                            .element("td", i.clause() == null ? "" : i.clause(), "class", "clause").close("tr").nl();
                }
                h.raw("</tbody></table>").nl();
            }
            List<Reason> unmet = v.reasons().stream().filter(x -> !x.met()).toList();
            if (!unmet.isEmpty()) {
                h.open("ul", "class", "unmet");
                for (Reason x : unmet) {
                    h.open("li").element("span", x.clause(), "class", "clause").raw(" ")
                            .text(m.locale().equals(Messages.ZH) || x.messageEn() == null ? x.message() : x.messageEn()).close("li");
                }
                h.close("ul").nl();
            }
            h.close("div").nl();
        }
        h.close("section").nl();
    }

    private static String plain(BigDecimal n) { return n == null ? "—" : n.stripTrailingZeros().toPlainString(); }

    private static Map<String, String> names(ProgressReport r) {
        Map<String, String> names = new LinkedHashMap<>();
        for (SchoolProgress s : r.schools()) names.put(s.schoolId(), s.name() == null ? "" : s.name());
        return names;
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
        Map<String, String> names = names(r);
        boolean named = !extras.names().isEmpty();
        Map<String, List<TeacherAction>> bySchool = new LinkedHashMap<>();
        for (TeacherAction a : actions) bySchool.computeIfAbsent(a.schoolId(), k -> new ArrayList<>()).add(a);
        for (var e : bySchool.entrySet()) {
            h.open("div", "class", "school-actions").nl();
            h.open("h3").element("span", e.getKey(), "class", "id").raw(" ").text(names.getOrDefault(e.getKey(), ""))
                    .element("small", m.get("report.actions.count", e.getValue().size())).close("h3").nl();
            String contact = extras.contacts().get(e.getKey());
            if (contact != null && !contact.isBlank()) h.element("p", m.get("report.actions.contact", Mask.scrub(contact)), "class", "contact").nl();
            h.open("table", "class", named ? "actions named" : "actions").raw("<thead><tr>").element("th", m.get("report.col.teacher"));
            if (named) h.element("th", m.get("report.col.name"));
            h.element("th", m.get("report.col.grade")).element("th", m.get("report.col.todo")).raw("</tr></thead><tbody>").nl();
            for (TeacherAction a : e.getValue()) {
                h.open("tr", "data-grade", a.grade().name()).element("td", a.teacherId(), "class", "id");
                if (named) h.element("td", Mask.scrub(extras.names().getOrDefault(a.teacherId(), "")), "class", "name");
                h.open("td").element("span", labels.grade(a.grade()), "class", "tag " + css(a.grade().name())).close("td")
                        .open("td").open("ul");
                for (TeacherAction.Item i : a.items()) {
                    // a requirement short only in semesters not yet ended on the report's date is in progress, not missed
                    boolean open = OpenSemesters.allOpen(i.values(), r.asOf());
                    String kind = open ? "OPEN" : i.kind().name();
                    h.open("li", "data-kind", kind).element("span", m.get("report.kind." + kind), "class", "kind " + css(kind))
                            .raw(" ").element("span", i.clause(), "class", "clause").raw(" ")
                            .text(i.message(m.locale()) + OpenSemesters.note(i.values(), r.asOf(), m)).close("li");
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

    private String pill(ProgressStatus status) { return pill(code(status)); }

    /** A status badge: a {@link ProgressStatus} name or an overall status ({@link Labels#overall}). */
    private String pill(String code) {
        return "<span class=\"pill status-" + css(code) + "\">" + Html.escape(labels.status(code)) + "</span>";
    }

    /** The school's form score and grade ({@code --schools}); a dash where the school has no verdict. */
    private void formCell(SchoolVerdict v) {
        if (v == null) {
            h.element("td", "—", "class", "num");
            return;
        }
        h.open("td", "class", "num").text(v.total() == null ? "—" : v.total().stripTrailingZeros().toPlainString())
                .element("small", labels.grade(v.grade())).close("td");
    }

    private static String code(ProgressStatus s) { return s == null ? null : s.name(); }

    /** A value from data made safe as part of a CSS class name. */
    private static String css(String value) {
        return value == null ? "none" : value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String rate(BigDecimal r) { return r == null ? "—" : pct(r); }

    private static String pct(BigDecimal r) { return Labels.percent(r); }

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
