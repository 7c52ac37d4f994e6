package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.FixApplier;
import io.github.sigma2sumo.diag.render.UnifiedDiff;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * {@code lint --fix} and {@code --diff}: the certain fixes of each file applied to its text, the file
 * linted again and fixed again until nothing certain is left (at most {@value #PASSES} passes, so
 * two fixes that undo each other cannot loop). {@code --fix} replaces each changed file atomically,
 * keeping its mode, its line endings and a UTF-8 byte-order mark; a file that is not UTF-8 is left
 * as it is, with a note, since writing it back in another encoding would change more than the fix.
 * {@code --diff} prints the changes as a unified diff and writes nothing.
 */
final class LintFixes {
  private LintFixes() {}

  private static final int PASSES = 10;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** What fixing did: the sources as they now are, how many fixes, and the files changed. */
  record Outcome(List<SourceFile> sources, int fixes, int files, boolean failed) {}

  /**
   * Fixes every source that {@code fixable} accepts; {@code lint} gives a file's findings as the run
   * would report them (settings and suppressions applied).
   */
  static Outcome run(List<SourceFile> sources, java.util.function.Predicate<SourceFile> fixable,
      Function<SourceFile, List<Diagnostic>> lint, boolean write, PrintWriter out, PrintWriter err) {
    List<SourceFile> result = new ArrayList<>();
    int fixes = 0;
    int files = 0;
    boolean failed = false;
    for (SourceFile original : sources) {
      if (!fixable.test(original)) {
        result.add(original);
        continue;
      }
      SourceFile current = original;
      int applied = 0;
      for (int pass = 0; pass < PASSES; pass++) {
        FixApplier.Applied fixed = FixApplier.apply(current, lint.apply(current));
        if (fixed.fixes() == 0 || fixed.text().equals(current.text())) {
          break;
        }
        applied += fixed.fixes();
        current = SourceFile.of(original.name(), fixed.text());
      }
      if (applied == 0) {
        result.add(original);
        continue;
      }
      if (!write) {
        out.print(UnifiedDiff.of(original.name(), original.text(), current.text()));
      } else if (original.name().equals("-")) {
        err.println("-: note: standard input is not rewritten; use --diff to see its fixes");
        current = original;
        applied = 0;
      } else {
        try {
          if (!writeBack(Path.of(original.name()), original.text(), current.text(), err)) {
            current = original;
            applied = 0;
          }
        } catch (IOException e) {
          err.println(original.name() + ": error: cannot write the fixes: " + OutputFile.reason(e));
          current = original;
          applied = 0;
          failed = true;
        }
      }
      if (applied > 0) {
        fixes += applied;
        files++;
      }
      result.add(current);
    }
    return new Outcome(result, fixes, files, failed);
  }

  private static boolean writeBack(Path file, String before, String after, PrintWriter err) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    boolean bom = bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM);
    byte[] body = bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    if (!Arrays.equals(body, before.getBytes(StandardCharsets.UTF_8))) {
      err.println(file + ": note: not rewritten: the file is not UTF-8, or changed while it was linted");
      return false;
    }
    OutputFile.write(file, bom ? "\uFEFF" + after : after);
    return true;
  }
}
