package io.kaohe.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import io.kaohe.internal.pack.PackDescriptor;
import io.kaohe.Problem;
import io.kaohe.RulesException;

/**
 * Builds a shipped pack's KieBase straight from the executable-model classes its own kjar lists
 * ({@code META-INF/kie/<group>/<artifact>/drools-model}), found beside the pack's descriptor. This
 * skips {@code KieServices.getKieClasspathContainer()}, which reads and sets up every kjar on the
 * classpath (all four packs) before it can hand out one kbase: most of the time to a first verdict.
 * A pack whose kjar has no executable model is refused, never compiled from its DRL.
 */
final class ShippedModel {
    private ShippedModel() {}

    private static final String MODEL_DIR = "META-INF/kie/";
    private static final String MODEL_FILE = "drools-model";
    private static final String KMODULE = "META-INF/kmodule.xml";

    static KieBase load(PackDescriptor d, ClassLoader cl) {
        String probe = d.home() + "/" + d.clauses();
        URL at = cl.getResource(probe);
        if (at == null) throw problem("META-INF/kmodule.xml", "pack " + d.name() + ": " + probe + " is not on the classpath");
        String url = at.toString();
        String root = url.substring(0, url.length() - probe.length());
        try {
            String kmodule = read(new URL(root + KMODULE));
            if (kmodule == null || !kmodule.contains("name=\"" + d.kbase() + "\"")) {
                throw problem(KMODULE, "pack " + d.name() + ": no kbase '" + d.kbase() + "' in the pack's kmodule.xml");
            }
            List<String> modelFiles = modelFiles(root, at);
            List<Model> models = new ArrayList<>();
            for (String f : modelFiles) {
                for (String line : read(new URL(root + f)).split("\n")) {
                    String name = line.trim();
                    // the first line is the Drools-Model-Version header, the rest are the model classes
                    if (name.isEmpty() || name.contains(":")) continue;
                    models.add((Model) Class.forName(name, true, cl).getDeclaredConstructor().newInstance());
                }
            }
            if (models.isEmpty()) throw noModel(d);
            return KieBaseBuilder.createKieBaseFromModel(models, RuleBaseFactory.newKnowledgeBaseConfiguration(null, cl));
        } catch (IOException | URISyntaxException | ReflectiveOperationException e) {
            throw problem(KMODULE, "pack " + d.name() + ": cannot load its executable model (" + e + ")");
        }
    }

    /** The drools-model files of the kjar at {@code root}: a jar, or a classes directory (tests, IDE). */
    private static List<String> modelFiles(String root, URL at) throws IOException, URISyntaxException {
        List<String> out = new ArrayList<>();
        if ("jar".equals(at.getProtocol())) {
            JarURLConnection c = (JarURLConnection) at.openConnection();
            c.setUseCaches(false);
            try (JarFile jar = c.getJarFile()) {
                jar.stream().map(e -> e.getName()).filter(ShippedModel::isModelFile).sorted().forEach(out::add);
            }
        } else if ("file".equals(at.getProtocol())) {
            Path base = Path.of(new URL(root).toURI());
            Path dir = base.resolve(MODEL_DIR);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).map(p -> base.relativize(p).toString().replace('\\', '/'))
                            .filter(ShippedModel::isModelFile).sorted().forEach(out::add);
                }
            }
        } else {
            throw new IOException("unsupported location " + at);
        }
        return out;
    }

    private static boolean isModelFile(String name) {
        return name.startsWith(MODEL_DIR) && name.endsWith("/" + MODEL_FILE);
    }

    private static String read(URL url) throws IOException {
        var c = url.openConnection();
        c.setUseCaches(false);
        try (InputStream in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.FileNotFoundException e) {
            return null;
        }
    }

    static RulesException noModel(PackDescriptor d) {
        // Guard against the silent kjar trap: without the executable model Drools would quietly compile
        // the DRL with the classic engine, whose semantics differ. A shipped pack must be precompiled.
        return problem("pom.xml", "pack " + d.name()
                + " has no executable model: build it with kie-maven-plugin <generateModel>YES</generateModel>"
                + " and drools-model-compiler as a provided dependency");
    }

    private static RulesException problem(String file, String message) {
        return new RulesException(List.of(new Problem(file, 0, 0, message)));
    }
}
