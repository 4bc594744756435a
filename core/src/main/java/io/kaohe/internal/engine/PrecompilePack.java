package io.kaohe.internal.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.kaohe.internal.pack.PackDescriptor;
import io.kaohe.internal.yaml.PrecompiledYaml;

/**
 * Build-time step of every pack (phase process-classes, the parent pom's profile rule-pack): writes the trees of
 * the pack's YAML files (pack.yaml, parameters, clauses, catalog, config) beside them in the classes directory
 * ({@link PrecompiledYaml}), so the shipped pack starts without parsing YAML. A file that does not read fails the
 * build, as it would fail the pack at start.
 */
public final class PrecompilePack {
    private PrecompilePack() {}

    /** {@code args[0]}: the classes directory; every {@code pack.yaml} under it is a pack. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        List<Path> descriptors;
        try (Stream<Path> walk = Files.walk(classes)) {
            descriptors = walk.filter(p -> p.getFileName().toString().equals("pack.yaml")).sorted().toList();
        }
        for (Path p : descriptors) {
            String resource = classes.relativize(p).toString().replace('\\', '/');
            String text = Files.readString(p, StandardCharsets.UTF_8);
            PackDescriptor d = PackDescriptor.load(resource, text);
            Map<String, String> files = new LinkedHashMap<>();
            files.put(p.getFileName().toString(), text);
            for (String f : d.yamlFiles()) files.put(f, Files.readString(p.resolveSibling(f), StandardCharsets.UTF_8));
            PrecompiledYaml.write(p.getParent(), files);
        }
    }

}
