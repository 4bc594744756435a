package io.kaohe.examples;

import java.nio.file.Path;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.DrlCompiler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --pack} option shared by the commands. An unknown pack ends in exit 2 listing the installed ones. */
final class PackOption {
    @Option(names = "--pack", required = true, paramLabel = "PACK",
            description = "rule pack: shandong, hunan, liaoning or zhejiang (see `kaohe packs`)")
    String name;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The pack's engine: shipped rules, or with the files of {@code rulesDir} laid over them (compiled now, or taken
     * from the compile cache; the time it took goes to stderr).
     */
    Engine engine(Path rulesDir) {
        if (rulesDir == null) return PackPreload.shipped(name);
        long start = System.nanoTime();
        Engine e = Kaohe.pack(name, Inputs.directory(rulesDir, "--rules-dir"));
        String s = seconds(start);
        command.commandLine().getErr().println(DrlCompiler.lastBuildCached()
                ? "规则取自编译缓存，用时 " + s + " 秒 — rules taken from the compile cache in " + s + " s"
                : "规则编译用时 " + s + " 秒 — rules compiled in " + s + " s");
        return e;
    }

    /** Seconds since {@code startNanos}, one decimal. */
    static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
    }
}
