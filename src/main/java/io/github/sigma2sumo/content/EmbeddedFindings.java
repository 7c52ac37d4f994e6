package io.github.sigma2sumo.content;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Location;
import io.github.sigma2sumo.lint.policy.LintConfig;
import io.github.sigma2sumo.lint.policy.Suppression;
import io.github.sigma2sumo.lint.policy.SuppressionComments;
import io.github.sigma2sumo.source.LineMap;
import io.github.sigma2sumo.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The findings on a query taken out of a host file, moved to where the query is written in the host:
 * each line and column mapped through the query's {@link EmbeddedText}, the item named in front of
 * the message. Suppression comments inside the query ({@code // sigma2sumo-ignore: check reason})
 * silence what they cover, as in a {@code .sumo} file. A fix is carried over where the host's
 * writing of text is known ({@code escape}, a JSON string's): its replacement written escaped over
 * the host's range, which the map places exactly (from the first character that writes the range's
 * first code point to the one that writes the code point after it), so the rest of the file is
 * left byte for byte. Elsewhere (Terraform, whose heredocs and interpolations a replacement could
 * break) findings carry no fix.
 */
public final class EmbeddedFindings {
  private EmbeddedFindings() {}

  /** The host's findings and how many comments in the query silenced. */
  public record Mapped(List<Diagnostic> findings, int suppressed) {}

  /**
   * {@code findings}, made on {@code query} (a source named as the host, holding the query's text),
   * moved into {@code host}; with {@code honourComments}, those that the query's comments cover are
   * dropped and counted.
   */
  public static Mapped map(List<Diagnostic> findings, SourceFile query, ContentQuery found, SourceFile host,
      SuppressionComments.Language language, boolean honourComments,
      Optional<java.util.function.UnaryOperator<String>> escape) {
    List<Suppression> suppressions = new ArrayList<>();
    if (honourComments) {
      SuppressionComments.find(query, language).forEach(f -> suppressions.add(f.suppression()));
    }
    List<Diagnostic> out = new ArrayList<>();
    int suppressed = 0;
    LineMap queryLines = query.lineMap();
    LineMap hostLines = host.lineMap();
    for (Diagnostic d : findings) {
      Location at = d.location();
      if (!LintConfig.ALWAYS_REPORTED.contains(d.checkId())
          && suppressions.stream().anyMatch(s -> s.covers(d.checkId(), at.line()))) {
        suppressed++;
        continue;
      }
      int start = found.text().hostOffset(offset(queryLines, at.line(), at.column()));
      int end = found.text().hostOffset(offset(queryLines, at.endLine(), at.endColumn()));
      end = Math.max(end, start);
      Location mapped = new Location(host.name(), hostLines.line(start), hostLines.column(start), hostLines.line(end),
          hostLines.line(end) == hostLines.line(start) ? Math.max(hostLines.column(end), hostLines.column(start))
              : hostLines.column(end));
      Optional<Fix> fix = escape.flatMap(e -> d.fix().map(f -> new Fix(f.description(), f.replacement().map(e),
          f.certain())));
      out.add(new Diagnostic(d.checkId(), d.severity(), found.item() + ": " + d.message(), mapped, fix));
    }
    return new Mapped(out, suppressed);
  }

  private static int offset(LineMap lines, int line, int column) {
    if (line > lines.lineCount()) {
      return lines.length();
    }
    return lines.lineStart(line) + column - 1;
  }
}
