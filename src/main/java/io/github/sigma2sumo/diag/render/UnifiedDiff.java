package io.github.sigma2sumo.diag.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts ({@code --- a/NAME}, {@code +++ b/NAME}, {@code @@} hunks with three
 * lines of context), as {@code diff -u} and {@code git apply} read it. Lines are compared by Myers'
 * O(ND) algorithm, so a few fixes in a long file cost little.
 */
public final class UnifiedDiff {
  private UnifiedDiff() {}

  private static final int CONTEXT = 3;

  /** The diff, or the empty string when the texts are equal. */
  public static String of(String name, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<int[]> script = script(a, b); // {kind, aIndex, bIndex}: kind 0 same, -1 delete, +1 insert
    StringBuilder out = new StringBuilder("--- a/" + name + "\n+++ b/" + name + "\n");
    List<Integer> changes = new ArrayList<>();
    for (int i = 0; i < script.size(); i++) {
      if (script.get(i)[0] != 0) {
        changes.add(i);
      }
    }
    int first = 0;
    while (first < changes.size()) {
      int last = first;
      while (last + 1 < changes.size() && changes.get(last + 1) - changes.get(last) <= 2 * CONTEXT + 1) {
        last++;
      }
      int start = Math.max(0, changes.get(first) - CONTEXT);
      int end = Math.min(script.size(), changes.get(last) + CONTEXT + 1);
      hunk(out, script.subList(start, end), a, b);
      first = last + 1;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
    int aStart = -1;
    int bStart = -1;
    int aCount = 0;
    int bCount = 0;
    StringBuilder body = new StringBuilder();
    for (int[] op : ops) {
      if (op[0] <= 0 && aStart < 0) {
        aStart = op[1];
      }
      if (op[0] >= 0 && bStart < 0) {
        bStart = op[2];
      }
      switch (op[0]) {
        case 0 -> {
          body.append(' ').append(a.get(op[1]));
          aCount++;
          bCount++;
        }
        case -1 -> {
          body.append('-').append(a.get(op[1]));
          aCount++;
        }
        default -> {
          body.append('+').append(b.get(op[2]));
          bCount++;
        }
      }
      String line = op[0] == 1 ? b.get(op[2]) : a.get(op[1]);
      if (!line.endsWith("\n")) {
        body.append("\n\\ No newline at end of file\n");
      }
    }
    // a side with no line starts after the line before it, as diff -u writes it
    int aFirst = aCount == 0 ? firstIndex(ops, 1) : aStart + 1;
    int bFirst = bCount == 0 ? firstIndex(ops, 2) : bStart + 1;
    out.append("@@ -").append(aFirst).append(aCount == 1 ? "" : "," + aCount).append(" +").append(bFirst)
        .append(bCount == 1 ? "" : "," + bCount).append(" @@\n").append(body);
  }

  private static int firstIndex(List<int[]> ops, int side) {
    return ops.get(0)[side];
  }

  /** Lines with their terminators, so a missing final newline is seen. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** Myers' greedy shortest edit script, with the V array of every step kept to walk back. */
  private static List<int[]> script(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int[] v = new int[2 * max + 2];
    List<int[]> trace = new ArrayList<>();
    int offset = max + 1;
    found:
    for (int d = 0; d <= max; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          break found;
        }
      }
    }
    List<int[]> ops = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = trace.size() - 1; d >= 0 && (x > 0 || y > 0); d--) {
      int[] vd = trace.get(d);
      int k = x - y;
      int prevK = k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
      int prevX = d == 0 ? 0 : vd[offset + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        ops.add(new int[] {0, --x, --y});
      }
      if (d > 0) {
        if (x == prevX) {
          ops.add(new int[] {1, x, --y});
        } else {
          ops.add(new int[] {-1, --x, y});
        }
      }
    }
    java.util.Collections.reverse(ops);
    return ops;
  }
}
