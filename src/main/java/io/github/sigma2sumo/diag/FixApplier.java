package io.github.sigma2sumo.diag;

import io.github.sigma2sumo.source.LineMap;
import io.github.sigma2sumo.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the certain fixes of a file's findings to its text: each replaces its finding's range.
 * Fixes whose ranges overlap an earlier one are left for the next pass (the caller lints again and
 * applies what is still found), so no fix is ever applied to text another fix changed.
 */
public final class FixApplier {
  private FixApplier() {}

  /** The new text and how many fixes went into it. */
  public record Applied(String text, int fixes) {}

  public static Applied apply(SourceFile source, List<Diagnostic> findings) {
    LineMap lines = source.lineMap();
    List<int[]> edits = new ArrayList<>(); // start, end (code points), index into replacements
    List<String> replacements = new ArrayList<>();
    for (Diagnostic d : findings) {
      if (d.fix().isEmpty() || !d.fix().get().certain() || d.fix().get().replacement().isEmpty()
          || !d.location().file().equals(source.name())) {
        continue;
      }
      Location at = d.location();
      if (at.line() > lines.lineCount() || at.endLine() > lines.lineCount()) {
        continue;
      }
      int start = lines.lineStart(at.line()) + at.column() - 1;
      int end = lines.lineStart(at.endLine()) + at.endColumn() - 1;
      if (start > end || end > lines.length()) {
        continue;
      }
      edits.add(new int[] {start, end, replacements.size()});
      replacements.add(d.fix().get().replacement().get());
    }
    edits.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
    String text = source.text();
    StringBuilder out = new StringBuilder(text.length());
    int done = 0; // code points copied
    int applied = 0;
    for (int[] e : edits) {
      if (e[0] < done) {
        continue; // overlaps a fix already applied: next pass
      }
      out.append(text, offset(text, 0, done), offset(text, 0, e[0]));
      out.append(replacements.get(e[2]));
      done = e[1];
      applied++;
    }
    out.append(text, offset(text, 0, done), text.length());
    return new Applied(out.toString(), applied);
  }

  private static int offset(String text, int from, int codePoints) {
    return text.offsetByCodePoints(from, codePoints);
  }
}
