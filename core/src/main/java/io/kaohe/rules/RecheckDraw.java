package io.kaohe.rules;

import java.util.List;

/** The schools drawn for re-checking, for the rule that checks the sample is large enough. */
public final class RecheckDraw {
    private final int schools;
    private final List<String> drawn;
    private final long seed;

    public RecheckDraw(int schools, List<String> drawn, long seed) {
        this.schools = schools;
        this.drawn = List.copyOf(drawn);
        this.seed = seed;
    }

    /** Schools in the cohort (the base of the share). */
    public int getSchools() { return schools; }
    public List<String> getDrawn() { return drawn; }
    public int getSize() { return drawn.size(); }
    public long getSeed() { return seed; }
}
