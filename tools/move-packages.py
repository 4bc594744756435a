#!/usr/bin/env python3
"""Issue 16, part 1: move what is not public API under io.kaohe.internal.*.

Re-runnable: run it from the repository root on any tree (before or after other branches are merged);
what is already moved stays, what is new in an old package moves. The mapping is data (below):
  CLASS_MOVES    single classes that change package (public API types out of internal packages,
                 helpers that break a package cycle); applied first, in old-package terms.
  PACKAGES       whole packages io.kaohe.<p> -> io.kaohe.internal.<p> (sources, tests, resources,
                 every module), applied second.
Every text file of the tree is rewritten: Java sources and tests, DRL imports and globals, META-INF/services
file names and contents, kmodule.xml, properties, YAML comments, Markdown docs, POMs.

usage: python3 tools/move-packages.py [--dry-run]
"""
import os
import re
import subprocess
import sys

# io.kaohe.<p> -> io.kaohe.internal.<p>
PACKAGES = ["engine", "json", "pack", "params", "privacy", "rules", "scenario", "validate", "diff", "i18n",
            "coverage", "stream", "yaml"]

# old FQN -> new FQN (old-package terms: a target under an internal package is written with its old name,
# the package move then carries it). Missing classes are skipped: the mapping may name classes of other
# branches.
CLASS_MOVES = {
    # what a pack author implements
    "io.kaohe.pack.RulePack": "io.kaohe.spi.RulePack",
    # a dossier part with its own date: the model's dossiers read it (model must not depend on the SPI, which
    # depends on io.kaohe for FieldError, which depends on the model)
    "io.kaohe.spi.DatedPart": "io.kaohe.model.DatedPart",
    # types in public signatures: the public API
    "io.kaohe.pack.Problem": "io.kaohe.Problem",
    "io.kaohe.pack.RulesException": "io.kaohe.RulesException",
    "io.kaohe.validate.FieldError": "io.kaohe.FieldError",
    "io.kaohe.validate.InvalidInputException": "io.kaohe.InvalidInputException",
    "io.kaohe.scenario.Scenario": "io.kaohe.Scenario",
    "io.kaohe.scenario.ScenarioResult": "io.kaohe.ScenarioResult",
    "io.kaohe.engine.ReloadListener": "io.kaohe.ReloadListener",
    # split by hand: the interface is io.kaohe.RulesWatcher, the implementation io.kaohe.engine.Watcher
    "io.kaohe.engine.RulesWatcher": "io.kaohe.RulesWatcher",
    # the installed packs (ServiceLoader of RulePack) beside the parts reader that reads their dossier parts: the
    # SPI names the pack files' types (catalog), so io.kaohe.internal.pack must not depend on the SPI
    "io.kaohe.pack.Providers": "io.kaohe.json.Providers",
    # a reason's decision kind: the model's TeacherAction reads it
    "io.kaohe.rules.Decision": "io.kaohe.model.Decision",
    # break pack <-> params: what both use goes below both (pack files read as YAML with positions; "did you mean")
    "io.kaohe.params.Names": "io.kaohe.i18n.Names",
    "io.kaohe.pack.Yaml": "io.kaohe.yaml.Yaml",
    # facade helpers that reach into the engine: implementation, not API
    "io.kaohe.RuleRun": "io.kaohe.engine.RuleRun",
    "io.kaohe.PackAudit": "io.kaohe.engine.PackAudit",
    # streams of records through an engine sit above the engine (json stays below it: scenarios read JSON)
    "io.kaohe.json.TeacherStream": "io.kaohe.stream.TeacherStream",
    "io.kaohe.json.SchoolStream": "io.kaohe.stream.SchoolStream",
    # Engine.info() left the public Engine: its types (clause register, parameter table, catalog) are internal
    "io.kaohe.PackInfo": "io.kaohe.engine.PackInfo",
}

# call sites the API change leaves behind, rewritten in every Java file (after the moves):
# engine.info() -> PackEngine.info(engine), importing PackEngine
CALL_REWRITES = [
    (".info()", "io.kaohe.internal.engine.PackEngine", "PackEngine.info({})"),
]

TEXT_EXT = (".java", ".drl", ".xml", ".md", ".properties", ".yaml", ".yml", ".txt", ".json", ".sh", ".html")
SKIP_DIRS = {".git", "target", "node_modules", "tools"}
SRC_ROOTS = ("src/main/java", "src/test/java", "src/main/resources", "src/test/resources")
ID = r"(?![A-Za-z0-9_])"

DRY = "--dry-run" in sys.argv


def sh(*args):
    if DRY:
        print("would run:", " ".join(args))
        return
    subprocess.run(args, check=True)


def tracked(path):
    return subprocess.run(["git", "ls-files", "--error-unmatch", path], capture_output=True).returncode == 0


def move(src, dst):
    os.makedirs(os.path.dirname(dst), exist_ok=True) if not DRY else None
    if os.path.exists(dst):
        raise SystemExit(f"refusing to overwrite {dst} (moving {src})")
    if tracked(src):
        sh("git", "mv", src, dst)
    elif not DRY:
        os.rename(src, dst)


def text_files():
    for base, dirs, files in os.walk("."):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for f in files:
            p = os.path.join(base, f)
            if f.endswith(TEXT_EXT) or "/META-INF/services/" in p:
                yield p


def modules():
    return sorted(d for d in os.listdir(".") if os.path.isfile(os.path.join(d, "pom.xml")))


def read(p):
    with open(p, encoding="utf-8") as f:
        return f.read()


def write(p, s):
    if not DRY:
        with open(p, "w", encoding="utf-8") as f:
            f.write(s)


def rewrite_all(pairs):
    """pairs: (compiled regex, replacement) applied to every text file."""
    changed = 0
    for p in text_files():
        try:
            s = read(p)
        except UnicodeDecodeError:
            continue
        t = s
        for rx, rep in pairs:
            t = rx.sub(rep, t)
        if t != s:
            write(p, t)
            changed += 1
    return changed


def java_files_of_package(pkg):
    rel = pkg.replace(".", "/")
    out = []
    for m in modules():
        for r in ("src/main/java", "src/test/java"):
            d = os.path.join(m, r, rel)
            if os.path.isdir(d):
                out += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".java")]
    return out


def strip_comments_and_strings(src):
    src = re.sub(r"/\*.*?\*/", " ", src, flags=re.S)
    src = re.sub(r"//[^\n]*", " ", src)
    src = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', src)
    return src


def uses(src, simple):
    body = strip_comments_and_strings(src)
    body = re.sub(r"^\s*(package|import)\s[^;]*;", " ", body, flags=re.M)
    return re.search(r"(?<![A-Za-z0-9_.])" + re.escape(simple) + ID, body) is not None


def add_import(path, fqn):
    s = read(path)
    pkg = re.search(r"^package\s+([\w.]+)\s*;", s, re.M)
    if pkg and fqn.rsplit(".", 1)[0] == pkg.group(1):
        return
    if re.search(r"^import\s+" + re.escape(fqn) + r"\s*;", s, re.M):
        return
    line = f"import {fqn};\n"
    imports = list(re.finditer(r"^import\s+(static\s+)?[\w.*]+\s*;\n", s, re.M))
    own = [m for m in imports if m.group(0).startswith("import io.kaohe.")]
    if own:
        at = own[-1].end()
        for m in own:  # keep the io.kaohe block sorted
            if m.group(0) > line:
                at = m.start()
                break
        s = s[:at] + line + s[at:]
    elif imports:
        s = s[:imports[-1].end()] + "\n" + line + s[imports[-1].end():]
    else:
        s = s[:pkg.end()] + "\n\n" + line.rstrip("\n") + s[pkg.end():]
    write(path, s)


def drop_same_package_imports():
    for p in text_files():
        if not p.endswith(".java"):
            continue
        s = read(p)
        pkg = re.search(r"^package\s+([\w.]+)\s*;", s, re.M)
        if not pkg:
            continue
        t = re.sub(r"^import\s+" + re.escape(pkg.group(1)) + r"\.[A-Z]\w*\s*;\n", "", s, flags=re.M)
        if t != s:
            write(p, t)


def class_moves():
    done = []
    for old, new in CLASS_MOVES.items():
        old_pkg, simple = old.rsplit(".", 1)
        new_pkg, new_simple = new.rsplit(".", 1)
        assert simple == new_simple, (old, new)
        srcs = [p for p in java_files_of_package(old_pkg) if os.path.basename(p) == simple + ".java"]
        if not srcs:
            continue
        src = srcs[0]
        mod_root = src[: src.index("/io/kaohe/")]
        dst = os.path.join(mod_root, new_pkg.replace(".", "/"), simple + ".java")
        # package-mates that name the class without an import now need one
        for p in java_files_of_package(old_pkg):
            if p != src and uses(read(p), simple):
                add_import(p, new)
        # the moved class may name package-mates without an import
        mates = {os.path.basename(p)[:-5] for p in java_files_of_package(old_pkg)} - {simple}
        body = read(src)
        body = re.sub(r"^package\s+" + re.escape(old_pkg) + r"\s*;", f"package {new_pkg};", body, count=1, flags=re.M)
        write(src, body)
        for m in sorted(mates):
            if uses(body, m):
                add_import(src, old_pkg + "." + m)
        move(src, dst)
        # its own tests go with it (they may use package-private members): CTest, CSomethingTest
        for t in java_files_of_package(old_pkg):
            if "/src/test/java/" in t and re.fullmatch(re.escape(simple) + r"([A-Z]\w*)?Test\.java", os.path.basename(t)):
                tb = read(t)
                tb = re.sub(r"^package\s+" + re.escape(old_pkg) + r"\s*;", f"package {new_pkg};", tb, count=1, flags=re.M)
                write(t, tb)
                for m in sorted(mates - {os.path.basename(t)[:-5]}):
                    if uses(tb, m):
                        add_import(t, old_pkg + "." + m)
                troot = t[: t.index("/io/kaohe/")]
                move(t, os.path.join(troot, new_pkg.replace(".", "/"), os.path.basename(t)))
        done.append((old, new))
    if True:  # every mapping, also of classes moved by hand or on an earlier run: new references may use old names
        pairs = []
        for old, new in CLASS_MOVES.items():
            pairs.append((re.compile(re.escape(old) + ID), new))
            pairs.append((re.compile(re.escape(old.replace(".", "/")) + ID), new.replace(".", "/")))
        n = rewrite_all(pairs)
        for old, new in done:
            print(f"class {old} -> {new}")
        print(f"  {n} files rewritten")
    # service files named after a moved interface
    for old, new in CLASS_MOVES.items():
        for m in modules():
            for r in ("src/main/resources", "src/test/resources"):
                f = os.path.join(m, r, "META-INF/services", old)
                if os.path.exists(f):
                    move(f, os.path.join(m, r, "META-INF/services", new))
                    print(f"service file {f} -> {new}")


def package_moves():
    moved = []
    for p in PACKAGES:
        old, new = f"io/kaohe/{p}", f"io/kaohe/internal/{p}"
        any_moved = False
        for m in modules():
            for r in SRC_ROOTS:
                d = os.path.join(m, r, old)
                if not os.path.isdir(d):
                    continue
                for base, _, files in os.walk(d):
                    for f in sorted(files):
                        src = os.path.join(base, f)
                        dst = os.path.join(m, r, new, os.path.relpath(src, d))
                        move(src, dst)
                        any_moved = True
                if not DRY:
                    for base, dirs, files in os.walk(d, topdown=False):
                        if not os.listdir(base):
                            os.rmdir(base)
        if any_moved:
            moved.append(p)
    # rewrite references for every listed package (also those whose sources moved on an earlier run:
    # docs and other modules may have gained references since)
    pairs = []
    for p in PACKAGES:
        pairs.append((re.compile(r"(?<![A-Za-z0-9_.])io\.kaohe\." + p + ID), f"io.kaohe.internal.{p}"))
        pairs.append((re.compile(r"(?<![A-Za-z0-9_/])io/kaohe/" + p + r"(?=/)"), f"io/kaohe/internal/{p}"))
    n = rewrite_all(pairs)
    print(f"packages moved now: {moved or 'none'}; {n} files rewritten")
    # service files named after a class of a moved package
    for m in modules():
        for r in ("src/main/resources", "src/test/resources"):
            d = os.path.join(m, r, "META-INF/services")
            if not os.path.isdir(d):
                continue
            for f in os.listdir(d):
                for p in PACKAGES:
                    if f.startswith(f"io.kaohe.{p}."):
                        move(os.path.join(d, f), os.path.join(d, "io.kaohe.internal." + f[len("io.kaohe."):]))


def receiver_start(s, end):
    """Start of the expression that ends at s[end] (exclusive): a chain of names, calls and string literals."""
    i = end
    while True:
        if i > 0 and s[i - 1] == ")":
            depth, i = 0, i - 1
            while i >= 0:
                if s[i] == ")":
                    depth += 1
                elif s[i] == "(":
                    depth -= 1
                    if depth == 0:
                        break
                i -= 1
        while i > 0 and (s[i - 1].isalnum() or s[i - 1] == "_"):
            i -= 1
        if i > 0 and s[i - 1] == ".":
            i -= 1
            continue
        return i


def call_rewrites():
    for call, imp, template in CALL_REWRITES:
        owner = imp.rsplit(".", 1)[1]
        for p in text_files():
            if not p.endswith(".java"):
                continue
            s = read(p)
            if call not in s or p.endswith("/" + owner + ".java"):
                continue
            out, last, n = [], 0, 0
            for m in re.finditer(re.escape(call), s):
                if m.start() < last:
                    continue
                start = receiver_start(s, m.start())
                recv = s[start:m.start()]
                if not recv or recv.startswith(owner + "."):
                    continue
                out.append(s[last:start] + template.format(recv))
                last, n = m.end(), n + 1
            if n:
                write(p, "".join(out) + s[last:])
                add_import(p, imp)
                print(f"{p}: {n} x {call} -> {template}")


def module_exports():
    """core's module-info exports every package of core (the internal ones for the packs' rules and the CLI)."""
    mi = "core/src/main/java/module-info.java"
    if not os.path.exists(mi):
        return
    root = "core/src/main/java/io/kaohe/internal"
    pkgs = sorted("io.kaohe.internal." + d for d in os.listdir(root)
                  if any(f.endswith(".java") for f in os.listdir(os.path.join(root, d)))) if os.path.isdir(root) else []
    s = read(mi)
    block = "".join(f"    exports {p};\n" for p in pkgs)
    t = re.sub(r"(?:    exports io\.kaohe\.internal\.[\w.]+;\n)+", block, s)
    if t != s:
        write(mi, t)
        print(f"module-info: exports {len(pkgs)} internal packages")


def main():
    if not os.path.isfile("pom.xml") or not os.path.isdir("core"):
        raise SystemExit("run from the repository root")
    class_moves()
    package_moves()
    call_rewrites()
    drop_same_package_imports()
    module_exports()


if __name__ == "__main__":
    main()
