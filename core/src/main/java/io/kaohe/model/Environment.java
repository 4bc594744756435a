package io.kaohe.model;

/** The three teaching environments of the national micro-ability catalog (CN-01). */
public enum Environment {
    /** A = 多媒体教学环境 */
    MULTIMEDIA("A", "多媒体教学环境"),
    /** B = 混合学习环境 */
    HYBRID("B", "混合学习环境"),
    /** C = 智慧学习环境 */
    SMART("C", "智慧学习环境");

    private final String letter;
    private final String zh;

    Environment(String letter, String zh) { this.letter = letter; this.zh = zh; }

    public String letter() { return letter; }
    public String zh() { return zh; }

    /** The environment of a national catalog code: its letter (A1 → MULTIMEDIA). */
    public static Environment ofCode(String code) {
        if (code != null && !code.isEmpty()) {
            for (Environment e : values()) if (code.startsWith(e.letter)) return e;
        }
        throw new IllegalArgumentException("no environment for code " + code);
    }
}
