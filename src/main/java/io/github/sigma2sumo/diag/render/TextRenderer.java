package io.github.sigma2sumo.diag.render;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.source.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * {@code file:line:col: severity[check]: message}, then the source line with a caret under the
 * span and the fix. Tabs become spaces so the caret lines up.
 */
public final class TextRenderer {
  private TextRenderer() {}

  public static String render(List<Diagnostic> diagnostics, Map<String, SourceFile> sources) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      var loc = d.location();
      out.append(loc.file()).append(':').append(loc.line()).append(':').append(loc.column()).append(": ")
          .append(d.severity().label()).append('[').append(d.checkId()).append("]: ").append(d.message()).append('\n');
      SourceFile source = sources.get(loc.file());
      if (source != null && loc.line() <= source.lineMap().lineCount()) {
        String line = source.lineMap().lineText(loc.line()).replace('\t', ' ');
        String number = String.valueOf(loc.line());
        String pad = " ".repeat(number.length());
        int width = loc.endLine() == loc.line() ? Math.max(1, loc.endColumn() - loc.column()) : Integer.MAX_VALUE;
        out.append(' ').append(number).append(" | ").append(line).append('\n');
        out.append(' ').append(pad).append(" | ").append(" ".repeat(Math.max(0, loc.column() - 1)))
            .append("^".repeat(Math.min(width, Math.max(1, line.length() - loc.column() + 1)))).append('\n');
      }
      d.fix().ifPresent(f -> out.append(' ').append(" ".repeat(String.valueOf(loc.line()).length()))
          .append(" = fix: ").append(f.description())
          .append(f.replacement().map(r -> ": " + r).orElse("")).append('\n'));
    }
    return out.toString();
  }
}
