package io.kaohe.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;

import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.engine.PackRules;
import io.kaohe.internal.json.Providers;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.rules.TeacherFacts;
import io.kaohe.model.TeacherDossier;
import io.kaohe.spi.RulePack;

/**
 * The Drools levers of issue #17 measured side by side in one JVM, per pack, on a generated cohort: CPU time per
 * dossier of {@code Engine.assess} with the KieBase as shipped and with sequential mode, and the parts of one
 * assessment (building facts, a session with no facts: the fixed cost a batch of dossiers per session could save,
 * the session with the dossier's facts, the same with every fact inserted, also those of types no rule matches, as
 * before round four). Rounds alternate the levers so load changes hit all.
 *
 * <pre>java -cp "$CP" io.kaohe.bench.SessionLevers [--teachers 2000] [--rounds 5] [--packs shandong,hunan,...]
 * java -XX:StartFlightRecording=filename=/tmp/k.jfr,settings=profile -cp "$CP" io.kaohe.bench.SessionLevers --profile 20 --packs hunan</pre>
 * Sequential mode is switched on for the second KieBase by Drools' {@code drools.sequential} property, read when a
 * KieBase configuration is made (the line it prints shows what the KieBase got).
 */
public final class SessionLevers {
    private SessionLevers() {}

    private interface Lever { void run(TeacherDossier d); }

    public static void main(String[] args) throws Exception {
        int teachers = 2000, rounds = 5, profile = 0;
        List<String> packs = List.of("shandong", "hunan", "liaoning", "zhejiang");
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--teachers" -> teachers = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--packs" -> packs = List.of(args[i + 1].split(","));
                case "--profile" -> profile = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        if (profile > 0) {
            for (String pack : packs) profile(pack, teachers, profile);
            return;
        }
        for (String pack : packs) measure(pack, teachers, rounds);
    }

    private static void measure(String pack, int teachers, int rounds) throws Exception {
        PackEngine shipped = PackEngine.of(Kaohe.pack(pack));
        PackRules r = shipped.rules();
        ClassLoader cl = PackEngine.class.getClassLoader();
        System.setProperty("drools.sequential", "true");
        PackEngine sequential;
        try {
            sequential = new PackEngine(r.descriptor(), cl, PackRules.shipped(r.descriptor(), cl));
        } finally {
            System.clearProperty("drools.sequential");
        }
        System.out.println(pack + ": sequential KieBase: " + describe(sequential.rules().kieBase())
                + "; shipped: " + describe(r.kieBase()));
        Path file = Files.createTempFile("levers-" + pack, ".jsonl");
        List<TeacherDossier> cohort = Cohorts.valid(shipped, Cohorts.generate(pack, teachers, 17, file));
        Files.delete(file);

        int same = 0;
        for (TeacherDossier d : cohort) if (shipped.assess(d).equals(sequential.assess(d))) same++;
        System.out.println(pack + ": " + cohort.size() + " dossiers, sequential verdict equal to shipped on " + same);

        RulePack provider = Providers.of(r.descriptor());
        Map<String, Lever> levers = new LinkedHashMap<>();
        levers.put("assess, shipped", shipped::assess);
        levers.put("assess, sequential", sequential::assess);
        levers.put("facts only", d -> shipped.facts(r, d, PackEngine.parameters(r, d)));
        levers.put("session, no facts", d -> PackEngine.session(r, PackEngine.parameters(r, d), List.of()));
        levers.put("facts + session", d -> {
            ParameterSet params = PackEngine.parameters(r, d);
            PackEngine.session(r, params, shipped.facts(r, d, params));
        });
        // round four's lever: every fact inserted, as before, also those of types no rule matches
        levers.put("facts + session, all", d -> {
            ParameterSet params = PackEngine.parameters(r, d);
            PackEngine.session(r, params, everyFact(r, provider, d, params));
        });
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        for (int round = 0; round < rounds + 2; round++) {   // two warm-up rounds
            for (Map.Entry<String, Lever> l : levers.entrySet()) {
                long start = cpu.getCurrentThreadCpuTime();
                int n = 0;
                for (int rep = 0; rep < 3; rep++) for (TeacherDossier d : cohort) { l.getValue().run(d); n++; }
                double us = (cpu.getCurrentThreadCpuTime() - start) / 1000.0 / n;
                if (round >= 2) micros.computeIfAbsent(l.getKey(), k -> new ArrayList<>()).add(us);
            }
        }
        double base = median(micros.get("assess, shipped"));
        for (Map.Entry<String, List<Double>> e : micros.entrySet()) {
            double m = median(e.getValue());
            System.out.printf("%s: %-20s median %7.1f µs CPU/dossier, ratio to shipped assess %.3f, rounds %s%n",
                    pack, e.getKey(), m, m / base, e.getValue().stream().map(x -> String.format("%.1f", x)).toList());
        }
    }

    /** Only {@code Engine.assess}, {@code seconds} of CPU a pack: the loop to record with JFR. */
    private static void profile(String pack, int teachers, int seconds) throws Exception {
        PackEngine engine = PackEngine.of(Kaohe.pack(pack));
        Path file = Files.createTempFile("levers-" + pack, ".jsonl");
        List<TeacherDossier> cohort = Cohorts.valid(engine, Cohorts.generate(pack, teachers, 17, file));
        Files.delete(file);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long end = cpu.getCurrentThreadCpuTime() + seconds * 1_000_000_000L;
        long n = 0;
        while (cpu.getCurrentThreadCpuTime() < end) for (TeacherDossier d : cohort) { engine.assess(d); n++; }
        System.out.printf("%s: %d assessments in %d s of CPU%n", pack, n, seconds);
    }

    /** Every fact {@code PackEngine.facts} builds, none left out (as the engine inserted them before round four). */
    static List<Object> everyFact(PackRules r, RulePack provider, TeacherDossier d, ParameterSet params) {
        TeacherFacts facts = TeacherFacts.of(d, params, r.catalog(), r.descriptor().conversions());
        List<Object> input = new ArrayList<>();
        input.add(facts);
        input.addAll(facts.getSemesters());
        input.addAll(facts.getAbilities());
        input.addAll(provider.teacherFacts(d, facts));
        return input;
    }

    private static String describe(KieBase kb) {
        if (kb instanceof org.drools.kiesession.rulebase.InternalKnowledgeBase ikb) {
            return "sequential=" + ikb.getRuleBaseConfiguration().isSequential();
        }
        return kb.getClass().getName();
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
