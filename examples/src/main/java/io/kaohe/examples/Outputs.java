package io.kaohe.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The output files of one run, committed together. Every file is opened (its path checked, its temporary file
 * created) before any work starts, so a bad {@code --csv} is an error before anything is replaced; each is written
 * to its temporary file; {@link #commit} writes them all out to the disk and only then moves them into place, one
 * after the other. A run that fails or is killed before the commit leaves every previous output as it was.
 */
final class Outputs implements AutoCloseable {
    private final List<AtomicFile> files = new ArrayList<>();

    /** Opens an output; null for an option not given. */
    AtomicFile open(Path target, String option) {
        if (target == null) return null;
        AtomicFile f = AtomicFile.create(target, option);
        files.add(f);
        return f;
    }

    /** Writes every file out (synced), then moves each into place: a full disk fails here, before any is replaced. */
    void commit() {
        for (AtomicFile f : files) f.finish();
        for (AtomicFile f : files) f.publish();
    }

    /** Discards every file not committed. */
    @Override
    public void close() {
        for (AtomicFile f : files) f.close();
    }
}
