package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: parse, prepare and run a query; messages and their rows in a few words. */
final class Runs {
  private Runs() {}

  static Query parse(String text) {
    QueryParser.Result r = QueryParser.parse(SourceFile.of("test.sumo", text));
    assertThat(r.diagnostics()).as("syntax of %s", text).isEmpty();
    return r.query().orElseThrow();
  }

  static PreparedQuery prepare(String text) {
    return prepare(text, Lookups.none());
  }

  static PreparedQuery prepare(String text, Lookups lookups) {
    Preparation p = SumoInterpreter.prepare(parse(text), lookups);
    assertThat(p.problems()).as("problems of %s", text).isEmpty();
    return p.query().orElseThrow();
  }

  /** The problems' messages of a query that does not prepare. */
  static List<String> problems(String text) {
    Preparation p = SumoInterpreter.prepare(parse(text), Lookups.none());
    assertThat(p.query()).as("prepared %s", text).isEmpty();
    return p.problems().stream().map(Problem::message).toList();
  }

  static Output run(String text, LogMessage... messages) {
    Output out = prepare(text).run(Arrays.asList(messages));
    assertThat(out.errors()).as("errors of %s", text).isEmpty();
    return out;
  }

  /** A message at time {@code t} (ms) with metadata given as name, value, name, value... */
  static LogMessage message(long t, String raw, String... metadata) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < metadata.length; i += 2) {
      m.put(metadata[i], metadata[i + 1]);
    }
    return LogMessage.of(raw, m, t);
  }

  static LogMessage message(String raw, String... metadata) {
    return message(1_000, raw, metadata);
  }

  /** Each row's value of {@code field} as text, null as "null". */
  static List<String> column(Output out, String field) {
    List<String> values = new ArrayList<>();
    for (Row r : out.rows()) {
      values.add(r.get(field).map(v -> v.isNull() ? "null" : v.text()).orElse("absent"));
    }
    return values;
  }
}
