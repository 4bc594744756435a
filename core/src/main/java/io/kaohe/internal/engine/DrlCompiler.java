package io.kaohe.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

import io.kaohe.internal.pack.PackDescriptor;
import io.kaohe.Problem;
import io.kaohe.RulesException;

/**
 * Compiles DRL text at run time (for edited rules). Two steps, because the executable-model build
 * reports poor positions: the classic compiler first, for validation only, since it reports
 * {@code file:line}; then the executable model, which is what runs (same semantics as the
 * precompiled packs).
 */
public final class DrlCompiler {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DrlCompiler.class);
    private static final AtomicLong BUILDS = new AtomicLong();

    private DrlCompiler() {}

    /**
     * DRL text as a resource that says it is UTF-8: without an encoding Drools reads the bytes in the platform's
     * default charset, and rule names and messages came out garbled under {@code LANG=C} or a GBK default.
     */
    private static org.kie.api.io.Resource utf8(String text) {
        return new org.drools.io.ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8.name());
    }

    /** Problems the classic compiler finds, each with file and line; empty when the DRL compiles. */
    public static List<Problem> validate(Map<String, String> drl, String home) {
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, String> e : drl.entrySet()) {
            KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
            try {
                kb.add(utf8(e.getValue()).setSourcePath(home + "/" + e.getKey()), ResourceType.DRL);
            } catch (RuntimeException x) {
                out.add(new Problem(e.getKey(), 0, 0, "规则无法编译 — DRL cannot be compiled: " + x.getMessage()));
                continue;
            }
            boolean located = kb.getErrors().stream().anyMatch(err -> err.getLines() != null && err.getLines().length > 0
                    && err.getLines()[0] > 0);
            List<DrlText.Unbalanced> open = kb.getErrors().isEmpty() ? List.of() : DrlText.unbalanced(e.getValue());
            java.util.Set<String> said = new java.util.HashSet<>();
            for (KnowledgeBuilderError err : kb.getErrors()) {
                // after a syntax error the parser adds "Parser returned a null Package" with no line: it says nothing more
                if (located && err.getMessage() != null && err.getMessage().contains("Parser returned a null Package")) continue;
                int[] lines = err.getLines();
                int line = Math.max(lines != null && lines.length > 0 ? lines[0] : 0, 0);
                String raw = err.getMessage().replace('\n', ' ').replaceAll("\\s+", " ").trim();
                Problem plain = DrlErrors.translate(e.getKey(), e.getValue(), drl, line, raw, open);
                if (plain == null) {
                    out.add(new Problem(e.getKey(), line, 0, "规则编译错误 — DRL error: " + raw));
                } else if (said.add(plain.line() + ":" + plain.column() + ":" + plain.message().substring(0, plain.message().indexOf(" — ")))) {
                    out.add(plain); // one mistake the parser trips over twice is reported once
                }
            }
        }
        return out;
    }

    private static final ThreadLocal<Boolean> LAST_CACHED = ThreadLocal.withInitial(() -> false);

    /** Whether this thread's last {@link #build} came from the compile cache (for a command's timing line). */
    public static boolean lastBuildCached() { return LAST_CACHED.get(); }

    /**
     * Builds a KieBase with the executable model, or throws listing the problems; never returns half a build. Rules
     * built before from the same text come from the compile cache ({@link CompileCache}) without compiling.
     */
    public static KieBase build(PackDescriptor d, Map<String, String> drl) {
        String key;
        try {
            key = CompileCache.key(d, drl);
        } catch (RuntimeException e) { // a jar or class directory that cannot be read: a cache only saves time, compile
            LOG.info("compile cache: no key ({}); compiling", e.toString());
            key = null;
        }
        byte[] cached = key == null ? null : CompileCache.get(key);
        if (cached != null) {
            try {
                KieBase kb = load(d, cached);
                LAST_CACHED.set(true);
                return kb;
            } catch (RuntimeException e) { // a torn or stale entry: compile again
                LOG.info("compile cache: entry {} does not load ({}); compiling", key, e.toString());
                CompileCache.drop(key);
            }
        }
        LAST_CACHED.set(false);
        List<Problem> problems = validate(drl, d.home());
        if (!problems.isEmpty()) throw new RulesException(problems);
        KieServices ks = KieServices.Factory.get();
        ReleaseId rid = ks.newReleaseId("io.kaohe.runtime", d.name(), "1.0." + BUILDS.incrementAndGet() + (key == null ? "" : "-" + key.substring(0, 12)));
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(rid);
        String pkg = d.home().replace('/', '.');
        kfs.writeKModuleXML("<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\">"
                + "<kbase name=\"" + d.kbase() + "\" packages=\"" + pkg + "\"/></kmodule>");
        drl.forEach((file, text) -> kfs.write("src/main/resources/" + d.home() + "/" + file, utf8(text)));
        KieBuilder kb;
        try {
            kb = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException x) {
            throw new RulesException(List.of(new Problem(d.name(), 0, 0, "构建失败 — build failed: " + x.getMessage())));
        }
        List<Problem> errors = new ArrayList<>();
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? d.name() : m.getPath().replaceFirst("^src/main/resources/" + d.home() + "/", "");
            errors.add(new Problem(path, Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0),
                    "规则编译错误 — DRL error: " + m.getText().replace('\n', ' ').trim()));
        }
        if (!errors.isEmpty()) throw new RulesException(errors);
        KieContainer kc = ks.newKieContainer(rid);
        try {
            KieBase base;
            try {
                base = kc.getKieBase(d.kbase());
            } catch (RuntimeException x) { // a condition the executable model evaluates while it builds the rule
                throw new RulesException(List.of(BuildFailure.problem(d.name(), drl, x)));
            }
            if (key != null) CompileCache.put(key, ((InternalKieModule) kb.getKieModule()).getBytes());
            return base;
        } finally {
            ks.getRepository().removeKieModule(rid); // the KieBase keeps what it needs
        }
    }

    /** A KieBase from the bytes of a kjar built before. One at a time: two loads of one entry share its release ID. */
    private static synchronized KieBase load(PackDescriptor d, byte[] kjar) {
        KieServices ks = KieServices.Factory.get();
        KieModule km = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(kjar));
        try {
            return ks.newKieContainer(km.getReleaseId()).getKieBase(d.kbase());
        } finally {
            ks.getRepository().removeKieModule(km.getReleaseId());
        }
    }
}
