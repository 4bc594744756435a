package io.kaohe.examples;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines two texts differ in, as a reviewer reads them: {@code @@ line N} and the removed ({@code -}) and added
 * ({@code +}) lines of each change (a longest-common-subsequence diff; scenario files are small).
 */
final class LineDiff {
    private LineDiff() {}

    /** Prints the changes from {@code before} to {@code after}; returns how many lines changed. */
    static int print(PrintWriter out, String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int n = a.size();
        int m = b.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int changed = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                i++;
                j++;
                continue;
            }
            out.println("@@ line " + (i + 1));
            List<String> removed = new ArrayList<>();
            List<String> added = new ArrayList<>();
            while ((i < n || j < m) && !(i < n && j < m && a.get(i).equals(b.get(j)))) {
                if (j >= m || (i < n && common[i + 1][j] >= common[i][j + 1])) removed.add(a.get(i++));
                else added.add(b.get(j++));
            }
            removed.forEach(l -> out.println("-" + l));
            added.forEach(l -> out.println("+" + l));
            changed += removed.size() + added.size();
        }
        return changed;
    }
}
