package io.github.sigma2sumo.testrun;

import io.github.sigma2sumo.compile.CompiledRule;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.parallel.ParallelMap;
import io.github.sigma2sumo.sigma.SigmaCorrelation;
import io.github.sigma2sumo.sigma.SigmaFilter;
import io.github.sigma2sumo.sigma.SigmaLoader;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules, correlations and filters of a run, as loaded (filters not yet applied: the Sigma
 * evaluator applies them itself), found by the id, name or title a test case names them by, and
 * each one's compiled output for a target, found by where it is written.
 */
final class RuleBook {

  /** A rule or a correlation of the run. */
  record Found(Optional<SigmaRule> rule, Optional<SigmaCorrelation> correlation) {
    String title() {
      return rule.map(SigmaRule::title).orElseGet(() -> correlation.map(SigmaCorrelation::title).orElse(""));
    }

    String key() {
      return rule.map(r -> RuleBook.key(r.source(), r.span())).orElseGet(() -> correlation.map(c -> RuleBook.key(c.source(), c.span()))
          .orElse(""));
    }
  }

  private final Map<String, Found> byId = new HashMap<>();
  private final Map<String, Found> byName = new HashMap<>();
  private final Map<String, Found> byTitle = new HashMap<>();
  private final Map<String, SigmaRule> rulesByHandle = new HashMap<>();
  private final List<SigmaFilter> filters = new ArrayList<>();

  RuleBook(List<SourceFile> files) {
    // loaded on every core (a corpus is thousands of files), indexed in input order
    List<SigmaLoader.Loaded> all = ParallelMap.map(files, file -> SigmaLoader.load(file, new DiagnosticSink(file)));
    for (SigmaLoader.Loaded loaded : all) {
      for (SigmaRule r : loaded.rules()) {
        Found found = new Found(Optional.of(r), Optional.empty());
        index(r.id(), r.name(), r.title(), found);
        r.name().ifPresent(n -> rulesByHandle.putIfAbsent(n, r));
      }
      loaded.rules().forEach(r -> r.id().ifPresent(id -> rulesByHandle.put(id, r)));
      for (SigmaCorrelation c : loaded.correlations()) {
        index(c.id(), c.name(), c.title(), new Found(Optional.empty(), Optional.of(c)));
      }
      filters.addAll(loaded.filters());
    }
  }

  private void index(Optional<String> id, Optional<String> name, String title, Found found) {
    id.ifPresent(i -> byId.putIfAbsent(i, found));
    name.ifPresent(n -> byName.putIfAbsent(n, found));
    byTitle.putIfAbsent(title, found);
  }

  /** The rule or correlation a case names: by id, else by name, else by title. */
  Optional<Found> find(String handle) {
    return Optional.ofNullable(byId.get(handle)).or(() -> Optional.ofNullable(byName.get(handle)))
        .or(() -> Optional.ofNullable(byTitle.get(handle)));
  }

  /** A rule a correlation refers to, by id or name, as correlations do. */
  Optional<SigmaRule> rule(String handle) {
    return Optional.ofNullable(rulesByHandle.get(handle));
  }

  /**
   * The files a run of cases naming {@code handles} needs compiled, in input order: those of the
   * rules and correlations named, of the rules those correlations refer to, and of every filter.
   */
  List<SourceFile> filesFor(List<String> handles, List<SourceFile> files) {
    java.util.Set<String> names = new java.util.HashSet<>();
    filters.forEach(f -> names.add(f.source().name()));
    for (String handle : handles) {
      find(handle).ifPresent(found -> {
        found.rule().ifPresent(r -> names.add(r.source().name()));
        found.correlation().ifPresent(c -> {
          names.add(c.source().name());
          c.rules().forEach(h -> rule(h).ifPresent(r -> names.add(r.source().name())));
        });
      });
    }
    return files.stream().filter(f -> names.contains(f.name())).toList();
  }

  List<SigmaFilter> filters() {
    return List.copyOf(filters);
  }

  /** Where a rule is written, to find its compiled output (which holds the rule with filters applied). */
  static String key(SourceFile source, Span span) {
    return source.name() + "@" + span.start();
  }

  /** Compiled outputs by where their rule is written. */
  static Map<String, CompiledRule> byKey(List<CompiledRule> compiled) {
    Map<String, CompiledRule> out = new HashMap<>();
    for (CompiledRule r : compiled) {
      r.source().ifPresent(s -> {
        if (s instanceof CompiledRule.RuleSource.Rule rule) {
          out.put(key(rule.rule().source(), rule.rule().span()), r);
        } else if (s instanceof CompiledRule.RuleSource.Correlation c) {
          out.put(key(c.correlation().source(), c.correlation().span()), r);
        }
      });
    }
    return out;
  }
}
