package io.github.sigma2sumo.diag.render;

import io.github.sigma2sumo.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --statistics}: how many findings each check made, most first (ruff's {@code --statistics}),
 * as a text table ({@code count  check  severity}) or a JSON array.
 */
public final class StatisticsRenderer {
  private StatisticsRenderer() {}

  /** One check's count; the severity is the most serious of its findings. */
  public record Row(String check, String severity, int count) {}

  public static List<Row> rows(List<Diagnostic> diagnostics) {
    Map<String, Row> byCheck = new LinkedHashMap<>();
    for (Diagnostic d : diagnostics.stream().sorted(Comparator.comparing(Diagnostic::severity)).toList()) {
      byCheck.merge(d.checkId(), new Row(d.checkId(), d.severity().label(), 1),
          (a, b) -> new Row(a.check(), a.severity(), a.count() + 1));
    }
    List<Row> rows = new ArrayList<>(byCheck.values());
    rows.sort(Comparator.comparingInt(Row::count).reversed().thenComparing(Row::check));
    return rows;
  }

  public static String text(List<Diagnostic> diagnostics) {
    List<Row> rows = rows(diagnostics);
    int countWidth = rows.stream().mapToInt(r -> Integer.toString(r.count()).length()).max().orElse(1);
    int checkWidth = rows.stream().mapToInt(r -> r.check().length()).max().orElse(1);
    StringBuilder out = new StringBuilder();
    for (Row r : rows) {
      out.append(" ".repeat(countWidth - Integer.toString(r.count()).length())).append(r.count()).append("  ")
          .append(r.check()).append(" ".repeat(checkWidth - r.check().length())).append("  ").append(r.severity())
          .append('\n');
    }
    return out.toString();
  }

  public static String json(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder("[");
    List<Row> rows = rows(diagnostics);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("  {\"check\": \"").append(r.check()).append("\", \"severity\": \"")
          .append(r.severity()).append("\", \"count\": ").append(r.count()).append('}');
    }
    return out.append(rows.isEmpty() ? "]\n" : "\n]\n").toString();
  }
}
