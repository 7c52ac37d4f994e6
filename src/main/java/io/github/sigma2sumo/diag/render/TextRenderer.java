package io.github.sigma2sumo.diag.render;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.source.SourceFile;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code file:line:col: severity[check]: message}, then the source line with a caret under the
 * span and the fix. Tabs become spaces so the caret lines up. With {@link Style#color} the severity
 * and caret are coloured with ANSI escapes (red errors, yellow warnings, cyan notes, the location
 * bold), as compilers do on a terminal; {@link Style#brief} leaves out the source lines and fixes.
 */
public final class TextRenderer {
  private TextRenderer() {}

  /** How findings are written: coloured or not, and with their source lines or one line each. */
  public record Style(boolean color, boolean brief) {
    public static final Style PLAIN = new Style(false, false);
  }

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";

  public static String render(List<Diagnostic> diagnostics, Map<String, SourceFile> sources) {
    return render(diagnostics, sources, Style.PLAIN);
  }

  public static String render(List<Diagnostic> diagnostics, Map<String, SourceFile> sources, Style style) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      var loc = d.location();
      String color = style.color() ? color(d.severity()) : "";
      String bold = style.color() ? BOLD : "";
      String reset = style.color() ? RESET : "";
      out.append(bold).append(loc.file()).append(':').append(loc.line()).append(':').append(loc.column()).append(':')
          .append(reset).append(' ').append(color).append(d.severity().label()).append('[').append(d.checkId())
          .append(']').append(reset).append(": ").append(d.message()).append('\n');
      if (style.brief()) {
        continue;
      }
      SourceFile source = sources.get(loc.file());
      if (source != null && loc.line() <= source.lineMap().lineCount()) {
        String whole = source.lineMap().lineText(loc.line()).replace('\t', ' ');
        String number = String.valueOf(loc.line());
        String pad = " ".repeat(number.length());
        int width = loc.endLine() == loc.line() ? Math.max(1, loc.endColumn() - loc.column()) : Integer.MAX_VALUE;
        Excerpt excerpt = Excerpt.of(whole, loc.column(), width);
        String line = excerpt.text();
        out.append(' ').append(number).append(" | ").append(line).append('\n');
        out.append(' ').append(pad).append(" | ").append(" ".repeat(Math.max(0, excerpt.column() - 1))).append(color)
            .append("^".repeat(Math.min(excerpt.width(), Math.max(1, line.length() - excerpt.column() + 1))))
            .append(reset).append('\n');
      }
      d.fix().ifPresent(f -> out.append(' ').append(" ".repeat(String.valueOf(loc.line()).length()))
          .append(" = fix: ").append(f.description())
          .append(f.replacement().map(r -> ": " + r).orElse("")).append('\n'));
    }
    return out.toString();
  }

  /**
   * The part of a source line shown under a finding: the whole line when it is short, else a window
   * around the finding with {@code …} where the line goes on (a JSON export written on one line
   * would otherwise print the whole file under each of its findings); {@code column} and
   * {@code width} are the finding's in the excerpt.
   */
  record Excerpt(String text, int column, int width) {
    static final int LONGEST = 200;
    private static final int BEFORE = 60;

    static Excerpt of(String line, int column, int width) {
      int length = line.codePointCount(0, line.length());
      if (length <= LONGEST) {
        return new Excerpt(line, column, width);
      }
      int at = Math.min(Math.max(0, column - 1), length);
      int start = Math.max(0, at - BEFORE);
      int shown = (int) Math.min((long) width, LONGEST - (at - start));
      int end = Math.min(length, Math.max(at + shown, start + LONGEST));
      String text = (start > 0 ? "…" : "") + line.substring(line.offsetByCodePoints(0, start),
          line.offsetByCodePoints(0, end)) + (end < length ? "…" : "");
      return new Excerpt(text, at - start + 1 + (start > 0 ? 1 : 0), Math.max(1, Math.min(width, end - at)));
    }
  }

  /**
   * One line that sums the findings up: "3 errors, 1 warning in 2 files", or "no findings in 12
   * files" ({@code files} is how many were read; the count of files with findings when there are some).
   */
  public static String summary(List<Diagnostic> diagnostics, int files) {
    if (diagnostics.isEmpty()) {
      return "no findings in " + count(files, "file");
    }
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    Set<String> withFindings = new HashSet<>();
    for (Diagnostic d : diagnostics) {
      bySeverity.merge(d.severity(), 1, Integer::sum);
      withFindings.add(d.location().file());
    }
    StringBuilder out = new StringBuilder();
    bySeverity.forEach((severity, n) -> out.append(out.length() > 0 ? ", " : "").append(count(n, severity.label())));
    return out + " in " + count(withFindings.size(), "file");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String color(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[1;33m";
      case NOTE -> "\u001b[1;36m";
    };
  }
}
