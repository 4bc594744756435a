package io.kaohe.internal.i18n;

import java.util.Collection;

/** "Did you mean …?" for unknown names (keys, parameters, codes). */
public final class Names {
    private Names() {}

    /** The known name closest to {@code name} by edit distance, or null when none is close. */
    public static String nearest(String name, Collection<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name, k);
            if (d < bestD || (d == bestD && best != null && k.compareTo(best) < 0)) {
                best = k;
                bestD = d;
            }
        }
        return best != null && bestD <= Math.max(2, name.length() / 3) ? best : null;
    }

    /** " (did you mean 'x'?)" or "". */
    public static String suggestion(String name, Collection<String> known) {
        String n = nearest(name, known);
        return n == null ? "" : " (did you mean '" + n + "'? / 是否应为 '" + n + "'？)";
    }

    /** "（是否应为 'x'？）" or "". */
    public static String hintZh(String name, Collection<String> known) {
        String n = nearest(name, known);
        return n == null ? "" : "（是否应为 '" + n + "'？）";
    }

    /** " (did you mean 'x'?)" or "". */
    public static String hintEn(String name, Collection<String> known) {
        String n = nearest(name, known);
        return n == null ? "" : " (did you mean '" + n + "'?)";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
