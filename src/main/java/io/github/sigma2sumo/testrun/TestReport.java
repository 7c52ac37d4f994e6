package io.github.sigma2sumo.testrun;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.sigma2sumo.cases.CaseEvent;
import io.github.sigma2sumo.cases.TestCase;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a run of test cases as text (a line per case; for a failure each evaluator's
 * verdict and the events), JSON, or JUnit XML as GitLab's and GitHub's test reporters read it (a
 * {@code testsuite} per file, a {@code testcase} per case named by its rule's title and its own
 * name, a {@code failure} for an unexpected result and an {@code error} for a case that could not
 * run). Cases stay in input order and nothing depends on the clock, so the same run gives the same
 * bytes.
 */
public final class TestReport {
  private TestReport() {}

  public enum Format { text, json, junit }

  /** A problem reading a case file, reported as a case that could not run. */
  public record Problem(String file, int line, int column, String message) {}

  public static void write(Format format, List<CaseResult> results, List<Problem> problems, Writer out)
      throws IOException {
    switch (format) {
      case text -> text(results, problems, out);
      case json -> json(results, problems, out);
      case junit -> junit(results, problems, out);
    }
  }

  /** "12 cases: 11 passed, 1 failed". */
  public static String summary(List<CaseResult> results, List<Problem> problems) {
    long passed = results.stream().filter(CaseResult::passed).count();
    int total = results.size() + problems.size();
    return total + " case" + (total == 1 ? "" : "s") + ": " + passed + " passed, " + (total - passed) + " failed";
  }

  private static void text(List<CaseResult> results, List<Problem> problems, Writer out) throws IOException {
    for (Problem p : problems) {
      out.write("ERROR " + p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message() + "\n");
    }
    for (CaseResult r : results) {
      TestCase c = r.testCase();
      out.write((r.passed() ? "PASS  " : "FAIL  ") + where(c) + "  " + c.name() + (r.ruleTitle().isEmpty() ? ""
          : "  [" + r.ruleTitle() + "]") + "\n");
      boolean explained = r.judgements().stream().anyMatch(j -> !j.explanation().isEmpty());
      if (r.passed() && !explained) {
        continue;
      }
      if (r.error().isPresent()) {
        out.write("      error: " + r.error().get() + "\n");
        continue;
      }
      out.write("      expected: " + c.expect() + "\n");
      for (Judgement j : r.judgements()) {
        out.write("      " + pad(j.evaluator(), 7) + j.status().label() + ": " + j.outcome() + "\n");
        for (String line : j.explanation()) {
          out.write("        " + line + "\n");
        }
      }
      if (!r.passed()) {
        for (int i = 0; i < c.events().size(); i++) {
          out.write("      event " + (i + 1) + ": " + shown(c.events().get(i)) + "\n");
        }
      }
    }
    out.write(summary(results, problems) + "\n");
  }

  private static void json(List<CaseResult> results, List<Problem> problems, Writer out) throws IOException {
    try (JsonGenerator json = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build()
        .createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("version", 1);
      json.writeArrayFieldStart("cases");
      for (CaseResult r : results) {
        TestCase c = r.testCase();
        json.writeStartObject();
        json.writeStringField("file", c.file().name());
        json.writeNumberField("line", line(c));
        json.writeStringField("name", c.name());
        json.writeStringField("rule", c.rule());
        json.writeStringField("ruleTitle", r.ruleTitle());
        json.writeStringField("expect", c.expect().toString());
        json.writeBooleanField("passed", r.passed());
        json.writeStringField("error", r.error().orElse(null));
        json.writeArrayFieldStart("judgements");
        for (Judgement j : r.judgements()) {
          json.writeStartObject();
          json.writeStringField("evaluator", j.evaluator());
          json.writeStringField("status", j.status().name().toLowerCase(java.util.Locale.ROOT));
          json.writeStringField("outcome", j.outcome());
          json.writeArrayFieldStart("explanation");
          for (String line : j.explanation()) {
            json.writeString(line);
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("problems");
      for (Problem p : problems) {
        json.writeStartObject();
        json.writeStringField("file", p.file());
        json.writeNumberField("line", p.line());
        json.writeNumberField("column", p.column());
        json.writeStringField("message", p.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringField("summary", summary(results, problems));
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void junit(List<CaseResult> results, List<Problem> problems, Writer out) throws IOException {
    Map<String, List<CaseResult>> byFile = new LinkedHashMap<>();
    results.forEach(r -> byFile.computeIfAbsent(r.testCase().file().name(), f -> new ArrayList<>()).add(r));
    Map<String, List<Problem>> problemsByFile = new LinkedHashMap<>();
    problems.forEach(p -> problemsByFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
    problemsByFile.keySet().forEach(f -> byFile.putIfAbsent(f, new ArrayList<>()));
    long failures = results.stream().filter(r -> !r.passed() && r.error().isEmpty()).count();
    long errors = results.stream().filter(r -> r.error().isPresent()).count() + problems.size();
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuites name=\"sigma2sumo test\" tests=\"" + (results.size() + problems.size()) + "\" failures=\""
        + failures + "\" errors=\"" + errors + "\">\n");
    for (Map.Entry<String, List<CaseResult>> file : byFile.entrySet()) {
      List<CaseResult> cases = file.getValue();
      List<Problem> fileProblems = problemsByFile.getOrDefault(file.getKey(), List.of());
      long fileFailures = cases.stream().filter(r -> !r.passed() && r.error().isEmpty()).count();
      long fileErrors = cases.stream().filter(r -> r.error().isPresent()).count() + fileProblems.size();
      out.write("  <testsuite name=\"" + xml(file.getKey()) + "\" tests=\"" + (cases.size() + fileProblems.size())
          + "\" failures=\"" + fileFailures + "\" errors=\"" + fileErrors + "\" skipped=\"0\">\n");
      for (Problem p : fileProblems) {
        out.write("    <testcase classname=\"" + xml(file.getKey()) + "\" name=\"line " + p.line() + "\" file=\""
            + xml(p.file()) + "\" line=\"" + p.line() + "\">\n");
        out.write("      <error message=\"" + xml(p.message()) + "\" type=\"case\"/>\n");
        out.write("    </testcase>\n");
      }
      for (CaseResult r : cases) {
        TestCase c = r.testCase();
        out.write("    <testcase classname=\"" + xml(r.ruleTitle().isEmpty() ? c.rule() : r.ruleTitle()) + "\" name=\""
            + xml(c.name()) + "\" file=\"" + xml(c.file().name()) + "\" line=\"" + line(c) + "\"");
        if (r.passed()) {
          out.write("/>\n");
          continue;
        }
        out.write(">\n");
        if (r.error().isPresent()) {
          out.write("      <error message=\"" + xml(r.error().get()) + "\" type=\"case\"/>\n");
        } else {
          Judgement first = r.judgements().stream().filter(j -> j.status() != Judgement.Status.EXPECTED
              && j.status() != Judgement.Status.SKIPPED).findFirst().orElse(r.judgements().get(0));
          StringBuilder detail = new StringBuilder("expected: " + c.expect() + "\n");
          for (Judgement j : r.judgements()) {
            detail.append(j.evaluator()).append(": ").append(j.status().label()).append(": ").append(j.outcome())
                .append('\n');
            j.explanation().forEach(l -> detail.append("  ").append(l).append('\n'));
          }
          for (int i = 0; i < c.events().size(); i++) {
            detail.append("event ").append(i + 1).append(": ").append(shown(c.events().get(i))).append('\n');
          }
          out.write("      <failure message=\"" + xml(first.evaluator() + ": " + first.status().label() + ": "
              + first.outcome()) + "\" type=\"" + first.status().name().toLowerCase(java.util.Locale.ROOT) + "\">"
              + xml(detail.toString()) + "</failure>\n");
        }
        out.write("    </testcase>\n");
      }
      out.write("  </testsuite>\n");
    }
    out.write("</testsuites>\n");
  }

  private static String where(TestCase c) {
    return c.file().name() + ":" + line(c);
  }

  private static int line(TestCase c) {
    return c.span().start() < 0 ? 1 : c.file().lineMap().line(c.span().start());
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(1, width - s.length()));
  }

  /** An event as the user wrote it, on one line, cut at 300 characters. */
  private static String shown(CaseEvent e) {
    String text = e instanceof CaseEvent.Raw raw ? raw.message() : YamlText.oneLine(((CaseEvent.Fields) e).event());
    text = text.replace("\n", "\\n");
    return text.length() > 300 ? text.substring(0, 297) + "..." : text;
  }

  /** Text for XML content and attributes: markup escaped, characters XML 1.0 cannot hold replaced. */
  static String xml(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n' -> out.append("&#10;");
        case '\t' -> out.append("&#9;");
        case '\r' -> out.append("&#13;");
        default -> {
          boolean allowed = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
          out.appendCodePoint(allowed ? c : 0xFFFD); // a lone surrogate counts as its own code point
        }
      }
    });
    return out.toString();
  }

  /** Keeps {@link YNode} out of this class's signature: the events print as JSON-like text. */
  private static final class YamlText {
    static String oneLine(YNode node) {
      StringBuilder out = new StringBuilder();
      write(node, out);
      return out.toString();
    }

    private static void write(YNode node, StringBuilder out) {
      if (node instanceof io.github.sigma2sumo.sigma.YamlTree.YMap m) {
        out.append('{');
        boolean first = true;
        for (var e : m.entries().values()) {
          out.append(first ? "" : ", ").append(e.key()).append(": ");
          write(e.value(), out);
          first = false;
        }
        out.append('}');
      } else if (node instanceof io.github.sigma2sumo.sigma.YamlTree.YList l) {
        out.append('[');
        for (int i = 0; i < l.items().size(); i++) {
          out.append(i > 0 ? ", " : "");
          write(l.items().get(i), out);
        }
        out.append(']');
      } else {
        var s = (io.github.sigma2sumo.sigma.YamlTree.YScalar) node;
        out.append(s.value() instanceof String str ? "'" + str.replace("'", "''") + "'" : s.text());
      }
    }
  }
}
