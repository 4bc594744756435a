package io.kaohe.examples;

import java.nio.file.Path;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import picocli.CommandLine.Option;

/** The {@code --pack} option shared by the commands. An unknown pack ends in exit 2 listing the installed ones. */
final class PackOption {
    @Option(names = "--pack", required = true, paramLabel = "PACK",
            description = "rule pack: shandong, hunan, liaoning or zhejiang (see `kaohe packs`)")
    String name;

    /** The pack's engine: shipped rules, or with the files of {@code rulesDir} laid over them (compiled now). */
    Engine engine(Path rulesDir) {
        return rulesDir == null ? Kaohe.pack(name) : Kaohe.pack(name, Inputs.directory(rulesDir, "--rules-dir"));
    }
}
