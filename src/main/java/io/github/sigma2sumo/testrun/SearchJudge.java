package io.github.sigma2sumo.testrun;

import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.cases.TestCase;
import io.github.sigma2sumo.compile.CompiledRule;
import io.github.sigma2sumo.run.sumo.LogMessage;
import io.github.sigma2sumo.run.sumo.Lookups;
import io.github.sigma2sumo.run.sumo.MessageFate;
import io.github.sigma2sumo.run.sumo.Messages;
import io.github.sigma2sumo.run.sumo.Output;
import io.github.sigma2sumo.run.sumo.Preparation;
import io.github.sigma2sumo.run.sumo.PreparedQuery;
import io.github.sigma2sumo.run.sumo.SumoInterpreter;
import io.github.sigma2sumo.run.sumo.TermOutcome;
import io.github.sigma2sumo.run.sumo.Trace;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled log search's judgement of a case: the query {@code compile} prints, parsed back and
 * run by the Sumo interpreter on the messages Sumo would store. A detection rule's query runs on
 * each message alone; a correlation's on the whole sequence.
 */
final class SearchJudge {
  static final String NAME = "search";

  /**
   * The queries of a rule ready to run (one, or the parts of a query over Sumo's limit, whose union
   * is the rule), or why there are none.
   */
  private record Ready(List<PreparedQuery> queries, List<SourceFile> texts, String why) {}

  private final Map<String, CompiledRule> compiled;
  private final Map<String, Ready> ready = new ConcurrentHashMap<>();

  SearchJudge(Map<String, CompiledRule> compiled) {
    this.compiled = compiled;
  }

  private Ready ready(String key) {
    return ready.computeIfAbsent(key, k -> {
      CompiledRule r = compiled.get(k);
      if (r == null || r.query().isEmpty()) {
        return new Ready(List.of(), List.of(), "the rule does not compile to a log search: "
            + (r == null ? "not compiled" : CaseRunner.firstError(r)));
      }
      List<PreparedQuery> queries = new ArrayList<>();
      List<SourceFile> texts = new ArrayList<>();
      for (String part : r.queryParts()) {
        SourceFile text = SourceFile.of("compiled.sumo", part);
        Optional<Query> query = QueryParser.parse(text).query();
        if (query.isEmpty()) {
          return new Ready(List.of(), List.of(), "the compiled query does not parse back");
        }
        Preparation p = SumoInterpreter.prepare(query.get(), Lookups.none());
        if (p.query().isEmpty()) {
          return new Ready(List.of(), List.of(), p.problems().get(0).message());
        }
        queries.add(p.query().get());
        texts.add(text);
      }
      return new Ready(queries, texts, "");
    });
  }

  Judgement judge(String key, boolean correlation, TestCase c, List<PreparedEvent> events, boolean explain) {
    Ready r = ready(key);
    if (r.queries().isEmpty()) {
      return Judgement.error(NAME, r.why());
    }
    List<LogMessage> messages = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Optional<LogMessage> m = events.get(i).message().value();
      if (m.isEmpty()) {
        return Judgement.error(NAME, "event " + (i + 1) + ": " + events.get(i).message().missing());
      }
      messages.add(m.get());
    }
    List<String> lines = new ArrayList<>();
    if (correlation) {
      Output out = run(r.queries().get(0), messages, explain ? lines : null, r.texts().get(0));
      if (out.failed()) {
        return Judgement.error(NAME, out.errors().get(0));
      }
      return Verdicts.sequence(NAME, c.expect(), out.rows().size(), lines);
    }
    int matched = 0;
    for (int i = 0; i < messages.size(); i++) {
      boolean fired = false;
      for (int part = 0; part < r.queries().size(); part++) { // a message a part finds, the rule finds
        if (explain) {
          lines.add("event " + (i + 1) + (r.queries().size() == 1 ? "" : ", part " + (part + 1)) + ":");
        }
        Output out = run(r.queries().get(part), List.of(messages.get(i)), explain ? lines : null, r.texts().get(part));
        if (out.failed()) {
          return Judgement.error(NAME, "event " + (i + 1) + ": " + out.errors().get(0));
        }
        fired |= out.fired();
      }
      matched += fired ? 1 : 0;
    }
    return Verdicts.perEvent(NAME, c.expect(), matched, messages.size(), lines);
  }

  /** Runs {@code query}; with {@code explain}, says what became of each message and why. */
  private static Output run(PreparedQuery query, List<LogMessage> messages, List<String> explain, SourceFile text) {
    if (explain == null) {
      return query.run(messages);
    }
    Trace trace = new Trace();
    Output out = query.run(Messages.of(messages), trace);
    for (MessageFate fate : trace.fates()) {
      if (fate instanceof MessageFate.OutOfScope o) {
        explain.add("  out of the scope: " + terms(o.terms(), text));
      } else if (fate instanceof MessageFate.Dropped d) {
        explain.add("  dropped by '" + shortened(text.slice(d.span()).lines().findFirst().orElse("")) + "': " + d.reason()
            + (d.terms().isEmpty() ? "" : "; " + terms(d.terms(), text)));
      } else if (fate instanceof MessageFate.Kept k) {
        explain.add("  kept as " + k.rows() + " row" + (k.rows() == 1 ? "" : "s"));
      }
    }
    trace.stages().forEach(s -> explain.add("  '" + shortened(text.slice(s.span()).strip()) + "': " + s.rowsIn() + " rows in, "
        + s.rowsOut() + " out"));
    explain.add("  " + out.rows().size() + " result row" + (out.rows().size() == 1 ? "" : "s"));
    return out;
  }

  private static String terms(List<TermOutcome> terms, SourceFile text) {
    StringBuilder out = new StringBuilder();
    for (TermOutcome t : terms) {
      out.append(out.length() > 0 ? ", " : "").append(shortened(text.slice(t.span()).strip())).append(" is ")
          .append(t.value());
    }
    return out.toString();
  }

  /** Query text cut to 80 characters, for explanations. */
  private static String shortened(String text) {
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
