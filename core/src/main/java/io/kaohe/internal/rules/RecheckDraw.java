package io.kaohe.internal.rules;

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
    /** IDs of the schools drawn, in the order drawn. */
    public List<String> getDrawn() { return drawn; }
    /** How many schools were drawn. */
    public int getSize() { return drawn.size(); }
    /** The seed of the draw (the same seed draws the same schools). */
    public long getSeed() { return seed; }
}
