package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 §3: a message is written for people, in words. Every Chinese and English message of the
 * verdicts, school verdicts and progress reports of the four bundled sample cohorts ({@code kaohe demo})
 * is scanned for code-like tokens: enum constants (HYBRID, BATCH_2, ON_TRACK), booleans, raw semester
 * codes (2020-2021-2), JSON keys (camelCase, dotted paths), the total's ID ("合计 all") and unrendered
 * {slots}. Clause IDs (SD-07), ability codes (A1, SAMPLE-04), teacher and school IDs (LN-0003, S-04) and
 * dates (2021-06-17) are allowed. A new message with a code in it fails here: give the value its display
 * form (io.kaohe.internal.i18n.Display: a pack's {@code names:} in pack.yaml, or the engine's {@code name.*} keys).
 */
class MessageWordsTest {
    /** Acronyms English writes in capitals; not codes. */
    private static final List<String> ACRONYMS = List.of("IT", "CIO");

    private static final Pattern CODE = Pattern.compile(String.join("|",
            "\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b",              // UPPER_SNAKE: BATCH_2, ON_TRACK
            "(?<![\\w-])[A-Z]{2,}(?![\\w-])",                     // an all-capitals word: HYBRID, PASS (not SD-07, A1)
            "\\b(?:true|false|null)\\b",                          // a boolean or null
            "\\b\\d{4}-\\d{4}-[12]\\b",                           // a raw semester code: 2020-2021-2
            "\\b[a-z]+[A-Z][A-Za-z0-9]*\\b",                      // camelCase: principalLeads, researchPlan
            "\\b[a-z]{2,}(?:\\.[a-z][A-Za-z0-9-]+)+\\b",          // a dotted key: team.size, school.team-size-min
            "(?:合计|total)\\s+all\\b",                            // the total's ID
            "\\{[A-Za-z0-9_.-]+}"));                              // a slot left unrendered

    @TempDir
    static Path dir;

    @BeforeAll
    static void demo() {
        Cli.Result r = Cli.run("demo", "--out", dir);
        assertEquals(0, r.exit(), r::toString);
    }

    /** The code-like tokens of one message (empty: it reads as words). */
    static List<String> codes(String message) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(message);
        while (m.find()) if (!ACRONYMS.contains(m.group())) out.add(m.group());
        return out;
    }

    @Test
    void everySampleMessageReadsAsWordsInBothLanguages() throws IOException {
        TreeMap<String, String> found = new TreeMap<>(); // token → first message with it
        int packs = 0;
        for (String pack : Kaohe.packs()) {
            if (Samples.of(pack).isEmpty()) continue;
            packs++;
            for (String file : List.of("verdicts.jsonl", "school-verdicts.jsonl", "progress.json")) {
                Path f = dir.resolve(pack).resolve(file);
                List<String> zh = new ArrayList<>();
                List<String> en = new ArrayList<>();
                for (String line : file.endsWith(".jsonl") ? Files.readAllLines(f) : List.of(Files.readString(f))) {
                    messages(KaoheJson.MAPPER.readTree(line), zh, en);
                }
                assertFalse(zh.isEmpty(), pack + "/" + file + " has Chinese messages");
                assertEquals(zh.size(), en.size(), pack + "/" + file + ": every message in both languages");
                for (String m : zh) codes(m).forEach(c -> found.putIfAbsent(c, pack + "/" + file + ": " + m));
                for (String m : en) codes(m).forEach(c -> found.putIfAbsent(c, pack + "/" + file + ": " + m));
            }
        }
        assertEquals(4, packs, "the four packs' samples");
        assertEquals(new TreeMap<>(), found, "codes in messages (token → first message)");
    }

    /** Every {@code message} / {@code messageEn} anywhere in the tree (reasons, outcomes). */
    private static void messages(JsonNode n, List<String> zh, List<String> en) {
        if (n.isObject()) {
            n.properties().forEach(e -> {
                if (e.getValue().isString() && e.getKey().equals("message")) zh.add(e.getValue().asString());
                else if (e.getValue().isString() && e.getKey().equals("messageEn")) en.add(e.getValue().asString());
                else messages(e.getValue(), zh, en);
            });
        } else if (n.isArray()) {
            n.forEach(c -> messages(c, zh, en));
        }
    }

    @Test
    void theScanCatchesTheCodesMessagesUsedToShow() {
        // messages as the packs wrote them before issue 13
        for (String m : List.of("学校环境类别：HYBRID；得 1/1 分", "校长领衔：true，首席信息官：false；得 0/1 分",
                "2020-2021-2 学期参与校本教研活动 3 次 ≥ 2 次", "合计 all：进行中，172/204 名教师合格",
                "total all: in progress", "批次 BATCH_2：批次 2023-04-01 开始", "已通过 66/142（46.48%）：ON_TRACK",
                "研修群体“管理团队”（PRIMARY）的关注要点均适用于该学段", "培训机构最终考核：PASS（青溪县教师发展中心，2021-06-19）",
                "“一划两案”（developmentPlan researchPlan assessmentPlan）均已于 2023-08-30 前报市项目办备案",
                "校长为第一责任人（team.principalLeads）：true", "no school management team reported (team.size)",
                "批次 PILOT：计划占全县教师 —", "evaluation point SAMPLE-11 assessed 2 times (2021-12-12 FAIL → 2022-04-15 PASS)",
                "在线学习 {actual} 学时")) {
            assertFalse(codes(m).isEmpty(), m);
        }
    }

    @Test
    void clauseIdsAbilityCodesIdsAndDatesAreAllowed() {
        for (String m : List.of("优秀微能力点 3 个 ≥ 3 个（A3, A9, B6）", "通过能力评价点 3 个（通过：SAMPLE-04, SAMPLE-09）",
                "school S-01: 12 teachers need one-to-one help: LN-0003, LN-0005", "SD-07 互学互评 2021-06-17",
                "1 IT-integrated lesson guidance plan(s)", "led by the principal: yes, CIO: no; 1/1 points",
                "2020—2021学年第二学期参与校本教研活动 2 次 ≥ 2 次", "second semester of 2020–2021: 2 research activities",
                "51 credits in all ≥ 50", "合计：进行中，66/142 名教师通过考核", "total: in progress, 66/142 teachers passed")) {
            assertEquals(List.of(), codes(m), m);
        }
    }
}
