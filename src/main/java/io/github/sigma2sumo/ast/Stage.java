package io.github.sigma2sumo.ast;

import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One operator stage after a pipe.
 *
 * <p>Docs: search-query-language/search-operators/*.md, parse-operators/*.md,
 * group-aggregate-operators/*.md and search-cheat-sheets/log-operators.md. Operators with their own
 * record are those whose structure the compiler emits or the checks reason about; the long tail
 * (accum, geoip, join, transaction, ...) is an {@link Other} holding its arguments as written.
 */
public sealed interface Stage {

  Span span();

  <R> R accept(StageVisitor<R> visitor);

  /** The expressions directly held by this stage, in source order, for checks that scan them all. */
  List<Expr> expressions();

  /** {@code where <condition>}. */
  record Where(Expr condition, Span span) implements Stage {
    public Where {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitWhere(this); }
    @Override public List<Expr> expressions() { return List.of(condition); }
  }

  /** {@code <expr> as <alias>}, or a bare call such as {@code num(x)} that converts in place. */
  record Assign(Expr value, Optional<String> alias, Span span) implements Stage {
    public Assign {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitAssign(this); }
    @Override public List<Expr> expressions() { return List.of(value); }
  }

  /**
   * {@code parse [field=f] "start*stop" as a[, b][, "p2" as c ...] [nodrop]}: one {@code *} per name
   * in each pattern.
   */
  record ParseAnchor(Optional<Expr> field, List<AnchorPattern> patterns, boolean nodrop, Span span)
      implements Stage {
    public ParseAnchor {
      Objects.requireNonNull(field, "field");
      patterns = Nodes.nonEmpty(patterns, "parse");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitParseAnchor(this); }
    @Override public List<Expr> expressions() { return field.map(List::of).orElse(List.of()); }
  }

  /** One anchor pattern of {@code parse} and the names its {@code *} captures go to. */
  record AnchorPattern(String pattern, List<String> names, Span span) {
    public AnchorPattern {
      Objects.requireNonNull(pattern, "pattern");
      names = Nodes.nonEmpty(names, "parse ... as");
      Objects.requireNonNull(span, "span");
    }
  }

  /**
   * {@code parse regex [field=f] "<regex>" [multi] [nodrop]} or its alias {@code extract}. Each
   * pattern is the regex text of a double-quoted string, decoded.
   */
  record ParseRegex(boolean extractKeyword, Optional<Expr> field, List<String> patterns, boolean multi,
      boolean nodrop, Span span) implements Stage {
    public ParseRegex {
      Objects.requireNonNull(field, "field");
      patterns = Nodes.nonEmpty(patterns, "parse regex");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitParseRegex(this); }
    @Override public List<Expr> expressions() { return field.map(List::of).orElse(List.of()); }
  }

  /** {@code parse xml [field=f] "<xpath>"[, ...] [as a, ...] [nodrop]}. */
  record ParseXml(Optional<Expr> field, List<String> paths, List<String> names, boolean nodrop, Span span)
      implements Stage {
    public ParseXml {
      Objects.requireNonNull(field, "field");
      paths = Nodes.nonEmpty(paths, "parse xml");
      names = List.copyOf(names);
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitParseXml(this); }
    @Override public List<Expr> expressions() { return field.map(List::of).orElse(List.of()); }
  }

  /** {@code json [field=f] [auto] [keys] "path"[, ...] [as a, ...] [maxdepth n] [extractarrays] [refonly] [nodrop]}. */
  record Json(Optional<Expr> field, boolean auto, boolean keysWord, List<String> paths, List<String> names,
      Optional<Expr> maxDepth, boolean extractArrays, boolean refOnly, boolean nodrop, Span span)
      implements Stage {
    public Json {
      Objects.requireNonNull(field, "field");
      paths = List.copyOf(paths);
      names = List.copyOf(names);
      Objects.requireNonNull(maxDepth, "maxDepth");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitJson(this); }
    @Override public List<Expr> expressions() { return Stages.present(field, maxDepth); }
  }

  /** {@code keyvalue}/{@code kv} in its infer, regex and auto forms. */
  record KeyValue(boolean auto, boolean infer, Optional<String> regex, Optional<Expr> field, boolean keysWord,
      List<String> keys, List<String> names, Optional<String> delimiter, boolean refOnly, boolean nodrop,
      Span span) implements Stage {
    public KeyValue {
      Objects.requireNonNull(regex, "regex");
      Objects.requireNonNull(field, "field");
      keys = List.copyOf(keys);
      names = List.copyOf(names);
      Objects.requireNonNull(delimiter, "delimiter");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitKeyValue(this); }
    @Override public List<Expr> expressions() { return field.map(List::of).orElse(List.of()); }
  }

  /** {@code csv f [options] extract ...} or {@code split f [options] extract ...}. */
  record Split(boolean csv, Expr field, List<SplitOption> options, List<ExtractItem> items, Span span)
      implements Stage {
    public Split {
      Objects.requireNonNull(field, "field");
      options = List.copyOf(options);
      items = Nodes.nonEmpty(items, "extract");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitSplit(this); }

    @Override
    public List<Expr> expressions() {
      List<Expr> out = new ArrayList<>(List.of(field));
      items.forEach(i -> i.position().ifPresent(out::add));
      return out;
    }
  }

  /** {@code escape='\'}, {@code quote='"'} or {@code delim=','}; {@code character} as written between the quotes. */
  record SplitOption(SplitOptionKey key, String character, Span span) {
    public SplitOption {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(character, "character");
      Objects.requireNonNull(span, "span");
    }
  }

  enum SplitOptionKey { ESCAPE, QUOTE, DELIM }

  /** {@code 2 as name} or a positional {@code name} ({@code _} skips a column). */
  record ExtractItem(Optional<Expr> position, String name, Span span) {
    public ExtractItem {
      Objects.requireNonNull(position, "position");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(span, "span");
    }
  }

  /** {@code timeslice 5m [as f]} or {@code timeslice 30 buckets}. */
  record Timeslice(Expr amount, boolean buckets, Optional<String> alias, Span span) implements Stage {
    public Timeslice {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitTimeslice(this); }
    @Override public List<Expr> expressions() { return List.of(amount); }
  }

  /** {@code fields a, b} keeps only those; {@code fields - a, b} removes them. */
  record Fields(boolean remove, List<Expr> fields, Span span) implements Stage {
    public Fields {
      fields = Nodes.nonEmpty(fields, "fields");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitFields(this); }
    @Override public List<Expr> expressions() { return fields; }
  }

  /** {@code sort by k [asc|desc], ...}; {@code order} and the {@code +k}/{@code -k} forms map here. */
  record Sort(List<SortKey> keys, Span span) implements Stage {
    public Sort {
      keys = Nodes.nonEmpty(keys, "sort");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitSort(this); }
    @Override public List<Expr> expressions() { return keys.stream().map(SortKey::key).toList(); }
  }

  record SortKey(Expr key, SortOrder order, Span span) {
    public SortKey {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(span, "span");
    }
  }

  /** Sumo sorts descending when no order is given. */
  enum SortOrder { DEFAULT, ASC, DESC }

  /** {@code top [n] f[, ...] [by g [asc|desc], ...]}: the {@code by} fields order the result. */
  record Top(Optional<Expr> count, List<Expr> fields, List<SortKey> by, Span span) implements Stage {
    public Top {
      Objects.requireNonNull(count, "count");
      fields = Nodes.nonEmpty(fields, "top");
      by = List.copyOf(by);
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitTop(this); }

    @Override
    public List<Expr> expressions() {
      return Stages.concat(count, fields, by.stream().map(SortKey::key).toList());
    }
  }

  /** {@code topk(n, f[, ...]) [by g, ...]}. */
  record TopK(Expr count, List<Expr> fields, List<Expr> by, Span span) implements Stage {
    public TopK {
      Objects.requireNonNull(count, "count");
      fields = Nodes.nonEmpty(fields, "topk");
      by = List.copyOf(by);
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitTopK(this); }
    @Override public List<Expr> expressions() { return Stages.concat(Optional.of(count), fields, by); }
  }

  record Limit(Expr count, Span span) implements Stage {
    public Limit {
      Objects.requireNonNull(count, "count");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitLimit(this); }
    @Override public List<Expr> expressions() { return List.of(count); }
  }

  /** {@code dedup [consecutive] [n] [by f, ...]}. */
  record Dedup(boolean consecutive, Optional<Expr> count, List<Expr> by, Span span) implements Stage {
    public Dedup {
      Objects.requireNonNull(count, "count");
      by = List.copyOf(by);
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitDedup(this); }
    @Override public List<Expr> expressions() { return Stages.concat(count, List.of(), by); }
  }

  /** {@code lookup a [as x], b from <table> on k=f[, ...]}; no columns means {@code lookup *}. */
  record Lookup(List<LookupColumn> columns, Expr.LibraryRef table, List<LookupKey> keys, Span span)
      implements Stage {
    public Lookup {
      columns = List.copyOf(columns);
      Objects.requireNonNull(table, "table");
      keys = Nodes.nonEmpty(keys, "lookup on");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitLookup(this); }

    @Override
    public List<Expr> expressions() {
      List<Expr> out = new ArrayList<>();
      out.add(table);
      keys.forEach(k -> {
        out.add(k.left());
        k.right().ifPresent(out::add);
      });
      return out;
    }
  }

  record LookupColumn(String name, Optional<String> alias, Span span) {
    public LookupColumn {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(span, "span");
    }
  }

  /** {@code column=field}, or a lone {@code field} matched against the column of the same name. */
  record LookupKey(Expr left, Optional<Expr> right, Span span) {
    public LookupKey {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
      Objects.requireNonNull(span, "span");
    }
  }

  /** {@code save [append] path://"..."}. */
  record Save(boolean append, Expr.LibraryRef table, Span span) implements Stage {
    public Save {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitSave(this); }
    @Override public List<Expr> expressions() { return List.of(table); }
  }

  /** {@code transpose row r, ... column c, ... [as a, b[, *] | as *]}. */
  record Transpose(List<Expr> rows, List<Expr> columns, List<String> names, boolean star, Span span)
      implements Stage {
    public Transpose {
      rows = Nodes.nonEmpty(rows, "transpose row");
      columns = Nodes.nonEmpty(columns, "transpose column");
      names = List.copyOf(names);
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitTranspose(this); }
    @Override public List<Expr> expressions() { return Stages.concat(Optional.empty(), rows, columns); }
  }

  /** {@code fillmissing <generator>, ... [with <value> for f, ...] [takeLast]}. */
  record FillMissing(List<FillGenerator> generators, Optional<Expr> value, List<Expr> valueFields,
      boolean takeLast, Span span) implements Stage {
    public FillMissing {
      generators = Nodes.nonEmpty(generators, "fillmissing");
      Objects.requireNonNull(value, "value");
      valueFields = List.copyOf(valueFields);
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitFillMissing(this); }

    @Override
    public List<Expr> expressions() {
      List<Expr> out = new ArrayList<>();
      for (FillGenerator g : generators) {
        g.interval().ifPresent(out::add);
        out.addAll(g.values());
      }
      value.ifPresent(out::add);
      out.addAll(valueFields);
      return out;
    }
  }

  /**
   * A fillmissing generator: {@code timeslice[(1h)] [in f]} ({@link FillKind#TIMESLICE}),
   * {@code values("a", ...) in f} ({@link FillKind#VALUES}) or {@code values all in f}
   * ({@link FillKind#ALL_VALUES}).
   */
  record FillGenerator(FillKind kind, Optional<Expr> interval, List<Expr> values, Optional<String> field,
      Span span) {
    public FillGenerator {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(interval, "interval");
      values = List.copyOf(values);
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(span, "span");
    }
  }

  enum FillKind { TIMESLICE, VALUES, ALL_VALUES }

  /** {@code compare [with] timeshift 1d [7] [avg] [as x], ...}. */
  record Compare(List<Timeshift> shifts, Span span) implements Stage {
    public Compare {
      shifts = Nodes.nonEmpty(shifts, "compare");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitCompare(this); }

    @Override
    public List<Expr> expressions() {
      List<Expr> out = new ArrayList<>();
      shifts.forEach(s -> {
        out.add(s.amount());
        s.periods().ifPresent(out::add);
      });
      return out;
    }
  }

  record Timeshift(Expr amount, Optional<Expr> periods, Optional<String> function, Optional<String> alias,
      Span span) {
    public Timeshift {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(periods, "periods");
      Objects.requireNonNull(function, "function");
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(span, "span");
    }
  }

  /** {@code outlier f [by g, ...] [window=n, threshold=n, consecutive=n, direction=+-]}. */
  record Outlier(Expr field, List<Expr> by, List<OutlierOption> options, Span span) implements Stage {
    public Outlier {
      Objects.requireNonNull(field, "field");
      by = List.copyOf(by);
      options = List.copyOf(options);
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitOutlier(this); }
    @Override public List<Expr> expressions() { return Stages.concat(Optional.of(field), by, List.of()); }
  }

  /** {@code name=value}; value as written ({@code 5}, {@code 2.5}, {@code +-}, {@code {{x}}}). */
  record OutlierOption(String name, String value, Span span) {
    public OutlierOption {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(span, "span");
    }
  }

  /** {@code count_frequent f, ...}. */
  record CountFrequent(List<Expr> fields, Span span) implements Stage {
    public CountFrequent {
      fields = Nodes.nonEmpty(fields, "count_frequent");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitCountFrequent(this); }
    @Override public List<Expr> expressions() { return fields; }
  }

  /**
   * A group-by aggregation: {@code count as n, sum(b) as total by host, _timeslice}. The shorthand
   * {@code count a, b} is {@code count by a, b}.
   */
  record Aggregate(List<AggregateCall> calls, List<Expr> groupBy, Span span) implements Stage {
    public Aggregate {
      calls = Nodes.nonEmpty(calls, "aggregate");
      groupBy = List.copyOf(groupBy);
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitAggregate(this); }

    @Override
    public List<Expr> expressions() {
      List<Expr> out = new ArrayList<>();
      calls.forEach(c -> out.addAll(c.args()));
      out.addAll(groupBy);
      return out;
    }
  }

  /**
   * One aggregate: {@code function(args) [as alias]}. {@code parenthesized} tells {@code count}
   * from {@code count()}; {@code star} is {@code count(*)}.
   */
  record AggregateCall(String function, List<Expr> args, boolean parenthesized, boolean star,
      Optional<String> alias, Span span) {
    public AggregateCall {
      Objects.requireNonNull(function, "function");
      args = List.copyOf(args);
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(span, "span");
      if (star && !args.isEmpty()) {
        throw new IllegalArgumentException("count(*) takes no other argument");
      }
    }
  }

  /**
   * An operator without its own record, kept as written: its name and its arguments as words,
   * parenthesised groups and subqueries. The checks know which names are real Sumo operators.
   */
  record Other(String operator, List<RawArg> args, Span span) implements Stage {
    public Other {
      Objects.requireNonNull(operator, "operator");
      args = List.copyOf(args);
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(StageVisitor<R> v) { return v.visitOther(this); }
    @Override public List<Expr> expressions() { return List.of(); }
  }

  /** An argument of an {@link Other} stage. */
  sealed interface RawArg {
    Span span();

    /** One token exactly as written (strings with their quotes). */
    record Word(String text, Span span) implements RawArg {
      public Word {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
      }
    }

    /** A parenthesised group; it may hold pipes, as in {@code filter f in (count by f | top 5 f)}. */
    record Group(List<RawArg> items, Span span) implements RawArg {
      public Group {
        items = List.copyOf(items);
        Objects.requireNonNull(span, "span");
      }
    }

    record Sub(Query query, Span span) implements RawArg {
      public Sub {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(span, "span");
      }
    }
  }
}
