package io.kaohe.internal.engine;

import java.util.List;
import java.util.Map;

import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.pack.ClauseRegister;
import io.kaohe.internal.pack.PackConfig;
import io.kaohe.internal.pack.RuleInfo;
import io.kaohe.internal.params.ParameterTable;

/**
 * What a loaded pack is made of: for tools (coverage, docs, check) and for tracing a verdict to the
 * exact rule text ({@code origins}: file → classpath resource or path; {@code policyVersion} hashes them;
 * {@code files}: every file, sorted by name, with where it came from and the SHA-256 of its text; {@code config}: the
 * typed configuration, the school form's items and the progress plan).
 */
public record PackInfo(String name, String title, String version, String policyVersion, boolean precompiled,
                       ClauseRegister clauses, ParameterTable parameters, AbilityCatalog catalog, List<RuleInfo> rules,
                       Map<String, String> origins, List<PackFile> files, PackConfig config) {

    /** One file of the pack: relative path, {@code classpath:…} or the file it was read from, SHA-256 of its text. */
    public record PackFile(String file, String origin, String sha256, boolean overridden) {}
}
