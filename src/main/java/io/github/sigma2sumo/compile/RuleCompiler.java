package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.ast.AstComparator;
import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.cse.CseExpressionParser;
import io.github.sigma2sumo.emit.CsePrinter;
import io.github.sigma2sumo.emit.QueryPrinter;
import io.github.sigma2sumo.lint.CseLintRunner;
import io.github.sigma2sumo.lint.LintRunner;
import io.github.sigma2sumo.parallel.ParallelMap;
import io.github.sigma2sumo.sigma.SigmaCorrelation;
import io.github.sigma2sumo.sigma.SigmaFilter;
import io.github.sigma2sumo.sigma.SigmaLoader;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles Sigma files to Sumo log searches: load, apply the pipelines, lower to the shared AST,
 * print through the one escaping layer, then check our own output. The printed query must parse
 * back to the same tree and lint without errors; if not, that is a bug in sigma2sumo and the rule
 * fails with a message saying so, rather than giving the user a broken query.
 */
public final class RuleCompiler {
  public static final String CHECK = "compile";
  /** Sumo's limit on query length, checked before the (then pointless) parse and lint. */
  private static final int QUERY_LIMIT = io.github.sigma2sumo.lint.checks.QueryTooLong.LIMIT;

  private final List<Pipeline> pipelines;
  private final Target target;
  /** Output building blocks too (see {@link #everyRule}). */
  private final boolean everyRule;
  /** The checks whose findings are errors: every compiled query must pass them. */
  private final LintRunner lint = LintRunner.withErrorChecks();
  private final CseLintRunner cseLint = CseLintRunner.withErrorChecks();
  /** Ids and names of the correlations of the current run, to tell chaining from a typo. */
  private final Set<String> correlationHandles = ConcurrentHashMap.newKeySet();
  private final Map<String, Optional<ScopeExpr>> scopes = new java.util.concurrent.ConcurrentHashMap<>();

  /** Log searches; {@code pipelines} apply in the order given (see {@link Pipelines#ordered}). */
  public RuleCompiler(List<Pipeline> pipelines) {
    this(pipelines, Target.SEARCH);
  }

  public RuleCompiler(List<Pipeline> pipelines, Target target) {
    this(pipelines, target, false);
  }

  private RuleCompiler(List<Pipeline> pipelines, Target target, boolean everyRule) {
    this.pipelines = List.copyOf(pipelines);
    this.target = target;
    this.everyRule = everyRule;
  }

  /**
   * A compiler that outputs every rule, a correlation's building blocks included, as
   * {@code sigma2sumo test} needs to run each rule's own query.
   */
  public RuleCompiler everyRule() {
    return new RuleCompiler(pipelines, target, true);
  }

  /** What compiling gave: the text, and for Cloud SIEM the rule's shape. */
  private record Output(String text, Optional<CseDetection> cse, Optional<CseFieldUse> cseFields,
      List<String> parts) {
    static Optional<Output> search(Optional<String> text) {
      return text.map(t -> new Output(t, Optional.empty(), Optional.empty(), List.of()));
    }

    /** A log search split into queries whose union is the rule, each with its heading. */
    static Output split(List<String> parts) {
      return new Output(String.join("\n\n", parts), Optional.empty(), Optional.empty(), parts);
    }

    static Output cse(String text, CseDetection detection, CseFieldUse fields) {
      return new Output(text, Optional.of(detection), Optional.of(fields), List.of());
    }
  }

  /** Every rule of one file, in file order. */
  public List<CompiledRule> compile(SourceFile file) {
    return compileAll(List.of(file));
  }

  /**
   * Every rule of every file. Files load first, so that a correlation can refer to rules of other
   * files (by id, then by name). Rules a correlation uses are not output on their own unless it
   * says {@code generate: true}, as in pySigma.
   */
  public List<CompiledRule> compileAll(List<SourceFile> files) {
    return compileAll(files, () -> { });
  }

  /** As {@link #compileAll(List)}, calling {@code fileDone} after each file is compiled (for progress). */
  public List<CompiledRule> compileAll(List<SourceFile> files, Runnable fileDone) {
    return compile(load(files), fileDone);
  }

  /**
   * Files loaded (on all cores, in input order) with every filter of the run applied: what
   * {@link #compile(Loaded, Runnable)} takes, so that one load serves several targets.
   */
  public static Loaded load(List<SourceFile> files) {
    List<FileLoad> loads = ParallelMap.map(files, file -> {
      DiagnosticSink sink = new DiagnosticSink(file);
      return new FileLoad(file, SigmaLoader.load(file, sink), sink.diagnostics());
    });
    List<SigmaFilter> filters = new ArrayList<>();
    loads.forEach(l -> filters.addAll(l.loaded().filters()));
    if (!filters.isEmpty()) {
      Set<String> handles = new HashSet<>();
      loads.forEach(l -> l.loaded().rules().forEach(r -> {
        r.id().ifPresent(handles::add);
        r.name().ifPresent(handles::add);
      }));
      loads = loads.stream().map(l -> l.filtered(filters).withUnmatchedFilterRules(handles)).toList();
    }
    return new Loaded(loads);
  }

  /** Loaded files, ready to compile for any target. */
  public static final class Loaded {
    private final List<FileLoad> files;

    private Loaded(List<FileLoad> files) {
      this.files = files;
    }
  }

  /** Every rule of the loaded files, in file order; {@code fileDone} runs after each file. */
  public List<CompiledRule> compile(Loaded loaded, Runnable fileDone) {
    List<FileLoad> loads = loaded.files;
    Map<String, SigmaRule> byHandle = new HashMap<>();
    for (FileLoad load : loads) {
      for (SigmaRule r : load.loaded().rules()) {
        r.name().ifPresent(n -> byHandle.putIfAbsent(n, r));
      }
    }
    for (FileLoad l : loads) {
      for (SigmaRule r : l.loaded().rules()) {
        r.id().ifPresent(id -> byHandle.put(id, r));
      }
    }
    // hidden: used by a correlation, and by none that asks to generate its rules as well
    Set<SigmaRule> hidden = new HashSet<>();
    Set<SigmaRule> generated = new HashSet<>();
    for (FileLoad l : loads) {
      for (SigmaCorrelation c : l.loaded().correlations()) {
        c.rules().stream().map(byHandle::get).filter(Objects::nonNull)
            .forEach((c.generate() ? generated : hidden)::add);
      }
    }
    hidden.removeAll(generated);
    correlationHandles.clear();
    loads.forEach(l -> l.loaded().correlations().forEach(c -> {
      c.id().ifPresent(correlationHandles::add);
      c.name().ifPresent(correlationHandles::add);
    }));
    List<CompiledRule> out = new ArrayList<>();
    ParallelMap.map(loads, l -> {
      List<CompiledRule> compiled = compileFile(l, byHandle, hidden);
      fileDone.run();
      return compiled;
    }).forEach(out::addAll);
    return out;
  }

  /** One file as loaded: its rules, correlations and filters, and what loading it reported. */
  private record FileLoad(SourceFile file, SigmaLoader.Loaded loaded, List<Diagnostic> diagnostics) {
    /** The file with every filter of the run applied to the rules it names. */
    FileLoad filtered(List<SigmaFilter> filters) {
      List<SigmaRule> rules = new ArrayList<>();
      for (SigmaRule rule : loaded.rules()) {
        SigmaRule r = rule;
        for (int i = 0; i < filters.size(); i++) {
          if (filters.get(i).appliesTo(rule)) {
            r = filters.get(i).applyTo(r, i + 1);
          }
        }
        rules.add(r);
      }
      return new FileLoad(file, new SigmaLoader.Loaded(rules, loaded.correlations(), loaded.filters()), diagnostics);
    }

    /**
     * The file with a note on each rule its filters name that no rule of the run has: a misspelt
     * id would leave its exclusion silently unapplied. A note, not a warning: a filter file shared by
     * a repository names rules that a run over part of it does not hold.
     */
    FileLoad withUnmatchedFilterRules(Set<String> handles) {
      DiagnosticSink sink = new DiagnosticSink(file);
      for (SigmaFilter f : loaded.filters()) {
        for (int i = 0; i < f.rules().size(); i++) {
          if (!f.rules().get(i).equals("any") && !handles.contains(f.rules().get(i))) {
            sink.report(CHECK, Severity.NOTE, f.ruleSpans().get(i), "the filter names '" + f.rules().get(i)
                + "', which is no rule of this run (by id or name), so it applies to nothing here");
          }
        }
      }
      if (sink.diagnostics().isEmpty()) {
        return this;
      }
      List<Diagnostic> all = new ArrayList<>(diagnostics);
      all.addAll(sink.diagnostics());
      return new FileLoad(file, loaded, all);
    }
  }

  private List<CompiledRule> compileFile(FileLoad load, Map<String, SigmaRule> byHandle, Set<SigmaRule> hidden) {
    SourceFile file = load.file();
    SigmaLoader.Loaded loaded = load.loaded();
    // metadata checks are lint's business (sigma2sumo lint rule.yml); compile reports what compiles
    List<Diagnostic> loadDiagnostics = new ArrayList<>(load.diagnostics().stream()
        .filter(d -> !d.checkId().equals(SigmaLoader.METADATA)).toList());
    List<CompiledRule> out = new ArrayList<>();
    // the load diagnostics that fall within a rule or correlation, by identity (a file can have many)
    Set<Diagnostic> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (SigmaRule rule : loaded.rules()) {
      DiagnosticSink ruleSink = new DiagnosticSink(file);
      List<Diagnostic> own = within(loadDiagnostics, file, rule.span());
      claimed.addAll(own);
      Optional<Output> query = compile(rule, ruleSink);
      if (!everyRule && hidden.contains(rule) && query.isPresent() && own.isEmpty() && ruleSink.diagnostics().isEmpty()) {
        continue; // a building block of a correlation, compiled (and so checked) but not output
      }
      List<Diagnostic> all = new ArrayList<>(own);
      all.addAll(ruleSink.diagnostics());
      all.sort(Diagnostic.ORDER);
      // a building block with findings is shown with them (and its query), so nothing is lost
      out.add(new CompiledRule(file.name(), rule.id(), Optional.of(rule.title()), target.id(),
          query.map(Output::text), all, Optional.of(new CompiledRule.RuleSource.Rule(rule, hidden.contains(rule))),
          query.flatMap(Output::cse), query.flatMap(Output::cseFields), query.map(Output::parts).orElse(List.of())));
    }
    for (SigmaCorrelation correlation : loaded.correlations()) {
      List<Diagnostic> own = within(loadDiagnostics, file, correlation.span());
      claimed.addAll(own);
      DiagnosticSink cs = new DiagnosticSink(file);
      Optional<Output> query = correlate(correlation, byHandle, cs);
      List<Diagnostic> all = new ArrayList<>(own);
      all.addAll(cs.diagnostics());
      all.sort(Diagnostic.ORDER);
      out.add(new CompiledRule(file.name(), correlation.id(), Optional.of(correlation.title()), target.id(),
          query.map(Output::text), all, Optional.of(new CompiledRule.RuleSource.Correlation(correlation)),
          query.flatMap(Output::cse), query.flatMap(Output::cseFields)));
    }
    List<Diagnostic> unclaimed = loadDiagnostics.stream().filter(d -> !claimed.contains(d)).toList();
    if (!unclaimed.isEmpty() || out.isEmpty() && loaded.rules().isEmpty() && loaded.filters().isEmpty()) {
      if (unclaimed.isEmpty()) {
        DiagnosticSink sink = new DiagnosticSink(file);
        sink.report(SigmaLoader.SYNTAX, Severity.ERROR, new Span(0, 0), "the file holds no Sigma rule");
        unclaimed = sink.diagnostics();
      }
      out.add(0, new CompiledRule(file.name(), Optional.empty(), Optional.empty(), target.id(), Optional.empty(),
          unclaimed));
    }
    return out;
  }

  private Optional<Output> correlate(SigmaCorrelation c, Map<String, SigmaRule> byHandle, DiagnosticSink sink) {
    List<PreparedRule> rules = new ArrayList<>();
    List<ScopeExpr> scopeList = new ArrayList<>();
    for (int i = 0; i < c.rules().size(); i++) {
      String handle = c.rules().get(i);
      Span named = c.ruleSpans().get(i);
      SigmaRule rule = byHandle.get(handle);
      if (rule == null) {
        boolean chained = correlationHandles.contains(handle);
        sink.report(CHECK, Severity.ERROR, named, chained
            ? "the correlation refers to the correlation '" + handle + "': chained correlations are not supported "
                + "(neither a Sumo search nor a Cloud SIEM rule can aggregate the output of another aggregation)"
            : "the correlation refers to '" + handle + "', which is no detection rule given to this run (by id or name)");
        return Optional.empty();
      }
      PreparedRule prepared = PreparedRule.prepare(rule, pipelines);
      if (prepared.failure().isPresent()) {
        sink.report(CHECK, Severity.ERROR, named, "'" + handle + "': " + prepared.failure().get());
        return Optional.empty();
      }
      rules.add(prepared);
      if (target == Target.CSE) {
        continue;
      }
      Optional<ScopeExpr> scope = prepared.scope().isPresent() ? scope(prepared.scope().get(), rule, sink)
          : Optional.of(new ScopeExpr.Term("*", false, Span.SYNTHETIC));
      if (scope.isEmpty()) {
        return Optional.empty();
      }
      scopeList.add(scope.get());
    }
    if (target == Target.CSE) {
      return cseCorrelation(c, rules, sink);
    }
    Query query;
    try {
      query = CorrelationLowering.lower(c, rules, scopeList);
    } catch (Unsupported u) {
      sink.report(CHECK, Severity.ERROR, u.span(), u.getMessage());
      return Optional.empty();
    }
    sink.report(CHECK, Severity.WARNING, c.keySpan("correlation.timespan"), "the " + c.timespan()
        + " window becomes fixed time slices, so events that straddle a slice boundary are counted apart");
    if (c.type() == SigmaCorrelation.Type.TEMPORAL_ORDERED && c.rules().size() > 2) {
      sink.report(CHECK, Severity.WARNING, c.keySpan("correlation.rules"), "a log search checks the order of "
          + c.rules().size() + " rules pair by pair (an event of each before an event of the next), which can "
          + "fire when no one sequence has them all in order; Cloud SIEM's ordered chain rule does not");
    }
    String text = QueryPrinter.print(query);
    return Output.search(selfCheck(query, text, c.span(), sink) ? Optional.of(text) : Optional.empty());
  }

  private Optional<Output> cseCorrelation(SigmaCorrelation c, List<PreparedRule> rules, DiagnosticSink sink) {
    CseDetection detection;
    List<CseFieldUse> uses = new ArrayList<>();
    try {
      detection = CseCorrelationLowering.lower(c, rules, expr -> {
        CseRule rule = new CseRule(List.of(), expr, Span.SYNTHETIC);
        String text = CsePrinter.print(rule);
        DiagnosticSink check = new DiagnosticSink(c.source());
        if (!cseSelfCheck(rule, text, c.span(), check)) {
          throw new Unsupported(c.span(), check.diagnostics().get(0).message());
        }
        uses.add(CseFieldUse.of(rule));
        return text;
      });
    } catch (Unsupported u) {
      sink.report(CHECK, Severity.ERROR, u.span(), u.getMessage());
      return Optional.empty();
    }
    return Optional.of(Output.cse(CseRuleText.describe(detection), detection,
        uses.stream().reduce(CseFieldUse.NONE, CseFieldUse::plus)));
  }

  private Optional<Output> compile(SigmaRule rule, DiagnosticSink sink) {
    PreparedRule prepared = PreparedRule.prepare(rule, pipelines);
    if (prepared.failure().isPresent()) {
      sink.report(CHECK, Severity.ERROR, rule.keySpan("logsource"), prepared.failure().get());
      return Optional.empty();
    }
    if (target == Target.CSE) {
      CseRule cse;
      try {
        cse = CseLowering.lower(prepared);
      } catch (Unsupported u) {
        sink.report(CHECK, Severity.ERROR, u.span(), u.getMessage());
        return Optional.empty();
      }
      String text = CsePrinter.print(cse);
      if (!cseSelfCheck(cse, text, rule.span(), sink)) {
        return Optional.empty();
      }
      CseFieldUse use = CseFieldUse.of(cse);
      // normalized fields mean the same for every product; a vendor's own keys in fields[...] do not
      if (use.fields().contains("fields") && !use.fields().contains("metadata_vendor")
          && !use.fields().contains("metadata_product")) {
        sink.report(CHECK, Severity.WARNING, rule.keySpan("logsource"), "the expression "
            + "reads vendor fields (fields[...]) but Cloud SIEM knows no vendor and product for logsource ("
            + prepared.logSource() + "), so any product's record with those keys can match; scope it with an "
            + "add_condition on metadata_vendor and metadata_product in a pipeline");
      }
      return Optional.of(Output.cse(text, new CseDetection.Match(text), use));
    }
    Optional<ScopeExpr> scope = Optional.empty();
    if (prepared.scope().isPresent()) {
      scope = scope(prepared.scope().get(), rule, sink);
      if (scope.isEmpty()) {
        return Optional.empty();
      }
    } else {
      sink.report(CHECK, Severity.WARNING, rule.keySpan("logsource"),
          "no pipeline gives a search scope for logsource (" + prepared.logSource() + "), so the query searches "
              + "all data; add a pipeline with a sumo_scope for it");
    }
    Query query;
    try {
      query = SumoLowering.lower(prepared, scope);
    } catch (Unsupported u) {
      sink.report(CHECK, Severity.ERROR, u.span(), u.getMessage());
      return Optional.empty();
    }
    String text = QueryPrinter.print(query);
    if (text.length() > QUERY_LIMIT) {
      Optional<List<Query>> parts = QuerySplit.split(query, QUERY_LIMIT - PART_HEADING);
      if (parts.isPresent() && parts.get().size() > MAX_PARTS) {
        sink.report(CHECK, Severity.ERROR, rule.span(), "the query is " + text.length() + " characters long; Sumo "
            + "accepts at most " + QUERY_LIMIT + ", and cut into queries under that it would take " + parts.get().size()
            + " searches, more than " + MAX_PARTS + "; keep the values in a lookup table instead");
        return Optional.empty();
      } else if (parts.isPresent()) {
        return split(parts.get(), text.length(), rule, sink);
      }
      sink.report(CHECK, Severity.ERROR, rule.span(), "the query is " + text.length() + " characters long; Sumo "
          + "accepts at most " + QUERY_LIMIT + ", and it cannot be cut into queries whose union is the rule: its long "
          + "lists are negated (a filter's values), and a negated list cut in parts is an intersection; move those "
          + "values into a lookup table, or split the rule");
      return Optional.empty();
    }
    return Output.search(selfCheck(query, text, rule.span(), sink) ? Optional.of(text) : Optional.empty());
  }

  /** The most searches a rule is cut into: past it, a lookup table is the better tool. */
  private static final int MAX_PARTS = 50;

  /** Room for a part's heading comment within Sumo's limit. */
  private static final int PART_HEADING = 40;

  /** A query over Sumo's limit as the queries {@link QuerySplit} cut it into, each checked as any query is. */
  private Optional<Output> split(List<Query> parts, int length, SigmaRule rule, DiagnosticSink sink) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String text = QueryPrinter.print(parts.get(i));
      if (!selfCheck(parts.get(i), text, rule.span(), sink)) {
        return Optional.empty();
      }
      texts.add("// part " + (i + 1) + " of " + parts.size() + "\n" + text);
    }
    sink.report(CHECK, Severity.NOTE, new Span(rule.span().start(), rule.span().start()), "the query would be "
        + length + " characters long, over Sumo's " + QUERY_LIMIT + "; it is split into " + parts.size()
        + " queries (parts 1 to " + parts.size() + ") whose results together are the rule's");
    return Optional.of(Output.split(texts));
  }

  /** As {@link #selfCheck} for a Cloud SIEM expression: it parses back to the same tree and passes the CSE checks. */
  private boolean cseSelfCheck(CseRule rule, String text, Span span, DiagnosticSink sink) {
    SourceFile compiled = SourceFile.of("compiled.cse", text);
    if (compiled.codePointLength() > CseExpressionParser.MAX_CODE_POINTS) {
      // Cloud SIEM documents no limit; past this one the expression cannot be checked
      sink.report(CHECK, Severity.ERROR, span, "the expression is " + compiled.codePointLength() + " characters long; "
          + "sigma2sumo checks expressions of up to " + CseExpressionParser.MAX_CODE_POINTS
          + "; split the rule's values or use a match list");
      return false;
    }
    CseExpressionParser.Result parsed = CseExpressionParser.parse(compiled);
    if (parsed.rule().isEmpty()) {
      bug(sink, span, "the expression does not parse back: " + parsed.diagnostics().get(0).message());
      return false;
    }
    Optional<String> difference = AstComparator.firstDifference(rule, parsed.rule().get());
    if (difference.isPresent()) {
      bug(sink, span, "the expression reads back differently at " + difference.get());
      return false;
    }
    for (Diagnostic d : cseLint.check(compiled, parsed.rule().get())) {
      if (d.severity() == Severity.ERROR) {
        bug(sink, span, "the expression fails lint check " + d.checkId() + ": " + d.message());
        return false;
      }
    }
    return true;
  }

  private Optional<ScopeExpr> scope(String text, SigmaRule rule, DiagnosticSink sink) {
    return scopes.computeIfAbsent(text, t -> {
      QueryParser.Result r = QueryParser.parse(SourceFile.of("scope", t));
      if (r.query().isEmpty() || !r.query().get().stages().isEmpty() || r.query().get().scope().isEmpty()) {
        return Optional.empty();
      }
      return r.query().get().scope();
    }).or(() -> {
      sink.report(CHECK, Severity.ERROR, rule.keySpan("logsource"), "the pipeline scope '" + text + "' is not a Sumo search scope");
      return Optional.empty();
    });
  }

  /** Our own output must parse to the same tree and lint without errors; anything else is our bug. */
  private boolean selfCheck(Query query, String text, Span rule, DiagnosticSink sink) {
    if (text.length() > QUERY_LIMIT) {
      sink.report(CHECK, Severity.ERROR, rule, "the query is " + text.length() + " characters long; Sumo accepts at "
          + "most " + QUERY_LIMIT + "; split the rule's values or use a lookup");
      return false;
    }
    SourceFile compiled = SourceFile.of("compiled", text);
    QueryParser.Result parsed = QueryParser.parse(compiled);
    if (parsed.query().isEmpty()) {
      bug(sink, rule, "the query does not parse back: " + parsed.diagnostics().get(0).message());
      return false;
    }
    Optional<String> difference = AstComparator.firstDifference(query, parsed.query().get());
    if (difference.isPresent()) {
      bug(sink, rule, "the query reads back differently at " + difference.get());
      return false;
    }
    for (Diagnostic d : lint.check(compiled, parsed.query().get())) {
      if (d.severity() == Severity.ERROR) {
        if (d.checkId().equals("query-too-long")) {
          sink.report(CHECK, Severity.ERROR, rule, d.message() + "; split the rule's values or use a lookup");
        } else {
          bug(sink, rule, "the query fails lint check " + d.checkId() + ": " + d.message());
        }
        return false;
      }
    }
    return true;
  }

  private static void bug(DiagnosticSink sink, Span rule, String message) {
    sink.report(CHECK, Severity.ERROR, rule, "internal error (a bug in sigma2sumo, please report it): "
        + message);
  }

  /** The diagnostics whose position lies in {@code span}. */
  private static List<Diagnostic> within(List<Diagnostic> all, SourceFile file, Span span) {
    if (all.isEmpty()) {
      return List.of(); // most files: no need to map their lines
    }
    DiagnosticSink locator = new DiagnosticSink(file);
    var start = locator.locate(new Span(span.start(), span.start()));
    var end = locator.locate(new Span(span.end(), span.end()));
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : all) {
      int line = d.location().line();
      int col = d.location().column();
      boolean after = line > start.line() || line == start.line() && col >= start.column();
      boolean before = line < end.line() || line == end.line() && col <= end.column();
      if (after && before) {
        out.add(d);
      }
    }
    return out;
  }
}
