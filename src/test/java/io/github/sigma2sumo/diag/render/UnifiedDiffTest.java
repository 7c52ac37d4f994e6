package io.github.sigma2sumo.diag.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Unified diffs as {@code diff -u} writes them, checked by applying them back. */
class UnifiedDiffTest {

  @Test
  void oneChangedLineWithContext() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
    String after = "a\nb\nc\nd\nE\nf\ng\nh\n";
    assertThat(UnifiedDiff.of("q.sumo", before, after)).isEqualTo("""
        --- a/q.sumo
        +++ b/q.sumo
        @@ -2,7 +2,7 @@
         b
         c
         d
        -e
        +E
         f
         g
         h
        """);
    assertThat(UnifiedDiff.of("q.sumo", before, before)).isEmpty();
  }

  @Test
  void aMissingFinalNewlineIsMarked() {
    assertThat(UnifiedDiff.of("x", "a", "b")).isEqualTo("--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n"
        + "+b\n\\ No newline at end of file\n");
    assertThat(UnifiedDiff.of("x", "", "a\n")).isEqualTo("--- a/x\n+++ b/x\n@@ -0,0 +1 @@\n+a\n");
  }

  @Test
  void randomEditsApplyBack() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      List<String> a = new ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) {
        a.add("l" + random.nextInt(6) + "\n");
      }
      List<String> b = new ArrayList<>(a);
      for (int e = random.nextInt(4); e >= 0; e--) {
        int at = b.isEmpty() ? 0 : random.nextInt(b.size() + 1);
        switch (random.nextInt(3)) {
          case 0 -> b.add(at, "new" + random.nextInt(3) + "\n");
          case 1 -> { if (at < b.size()) { b.remove(at); } }
          default -> { if (at < b.size()) { b.set(at, "changed\n"); } }
        }
      }
      String before = String.join("", a);
      String after = String.join("", b);
      String diff = UnifiedDiff.of("f", before, after);
      assertThat(apply(before, diff)).as("round %d:\n%s", round, diff).isEqualTo(after);
    }
  }

  private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

  /** A strict patch: each hunk's context and removed lines must be where its header says. */
  private static String apply(String before, String diff) {
    if (diff.isEmpty()) {
      return before;
    }
    List<String> old = new ArrayList<>(List.of(before.split("(?<=\n)")));
    if (before.isEmpty()) {
      old.clear();
    }
    List<String> out = new ArrayList<>();
    String[] lines = diff.split("\n", -1);
    int copied = 0;
    for (int i = 2; i < lines.length && !lines[i].isEmpty(); ) {
      Matcher m = HUNK.matcher(lines[i]);
      assertThat(m.matches()).as(lines[i]).isTrue();
      int start = Integer.parseInt(m.group(1));
      int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int from = count == 0 ? start : start - 1;
      while (copied < from) {
        out.add(old.get(copied++));
      }
      i++;
      while (i < lines.length && !lines[i].isEmpty() && !lines[i].startsWith("@@")) {
        char kind = lines[i].charAt(0);
        String text = lines[i].substring(1) + "\n";
        if (kind == ' ' || kind == '-') {
          assertThat(old.get(copied)).isEqualTo(text);
          copied++;
        }
        if (kind == ' ' || kind == '+') {
          out.add(text);
        }
        i++;
      }
    }
    while (copied < old.size()) {
      out.add(old.get(copied++));
    }
    return String.join("", out);
  }
}
