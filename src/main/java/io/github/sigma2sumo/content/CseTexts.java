package io.github.sigma2sumo.content;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.cse.CseExpressionParser;
import io.github.sigma2sumo.cse.CseSchema;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.CseLintRunner;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints a Cloud SIEM text of a rule in its context (reference sumo-cloud-siem.md §5.1): a rule
 * expression as a {@code .cse} file is linted; an aggregation rule's trigger reads only the names
 * its aggregation functions define ({@code sum_bytesOut > 10485760}); a template's
 * {@code {{field}}} tokens must name schema fields or {@code fields[...]} raw keys, since any other
 * name renders empty in every signal. Findings go under {@code cse-unknown-field}, whose subject
 * (a name that is no field the text can read) they share.
 */
public final class CseTexts {
  static final String CHECK = "cse-unknown-field";
  private static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

  private CseTexts() {}

  public static List<Diagnostic> lint(SourceFile text, ContentQuery found, CseLintRunner runner) {
    return switch (found.role()) {
      case QUERY -> runner.lint(text);
      case TRIGGER -> trigger(text, found.names(), runner);
      case TEMPLATE -> template(text);
    };
  }

  private static List<Diagnostic> trigger(SourceFile text, List<String> names, CseLintRunner runner) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : runner.lint(text)) {
      if (!(d.checkId().equals(CHECK) && names.stream().anyMatch(n -> d.message().startsWith(n + " ")
          || d.message().contains(" " + n + " ") || d.message().contains("'" + n + "'")))) {
        out.add(d);
      }
    }
    DiagnosticSink sink = new DiagnosticSink(text);
    CseExpressionParser.parse(text).rule().ifPresent(rule -> {
      for (Expr e : QueryWalk.outsideSubqueries(rule.condition())) {
        if (e instanceof Expr.FieldRef f && !names.contains(f.name()) && CseSchema.isField(f.name())) {
          sink.report(CHECK, Severity.ERROR, f.span(), "a trigger expression reads only the names its aggregation "
              + "functions define (" + (names.isEmpty() ? "none" : String.join(", ", names)) + "); " + f.name()
              + " is none of them: aggregate it, and compare the aggregate's name");
        }
      }
    });
    out.addAll(sink.diagnostics());
    return out;
  }

  private static List<Diagnostic> template(SourceFile text) {
    DiagnosticSink sink = new DiagnosticSink(text);
    Matcher m = TOKEN.matcher(text.text());
    while (m.find()) {
      String name = m.group(1);
      if (name.startsWith("fields[") || CseSchema.isField(name)) {
        continue;
      }
      int start = text.text().codePointCount(0, m.start(1));
      Span span = Span.of(start, start + name.codePointCount(0, name.length()));
      Optional<String> spelling = CseSchema.spelling(name);
      sink.report(CHECK, Severity.ERROR, span, spelling.map(s -> "the schema spells this field " + s
          + " (field names are case-sensitive); the token renders empty in every signal")
          .orElse("{{" + name + "}} names no schema field, so it renders empty in every signal; name a schema field, "
              + "or a raw one as {{fields[" + name + "]}}"));
    }
    return sink.diagnostics();
  }
}
