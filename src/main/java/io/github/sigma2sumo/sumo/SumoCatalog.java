package io.github.sigma2sumo.sumo;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the Sumo Logic log-search language offers: functions with their arity, aggregate functions,
 * and the stage operators the grammar keeps as raw {@code Other} stages. Names are matched
 * case-insensitively, as Sumo does.
 *
 * <p>Sources: docs search-query-language/search-operators/index.md, math-expressions/index.md,
 * group-aggregate-operators/index.md, search-cheat-sheets/log-operators.md; functions seen only in
 * Sumo's own app queries are marked "real" in the reference and kept here because Sumo runs them.
 */
public final class SumoCatalog {

  private SumoCatalog() {}

  /** Inclusive argument-count range; {@code max == Integer.MAX_VALUE} for variadic functions. */
  public record Arity(int min, int max) {
    public boolean accepts(int count) {
      return count >= min && count <= max;
    }

    public String describe() {
      if (min == max) {
        return min + (min == 1 ? " argument" : " arguments");
      }
      return max == Integer.MAX_VALUE ? "at least " + min + " arguments" : min + " to " + max + " arguments";
    }
  }

  private static final int MANY = Integer.MAX_VALUE;

  private static Arity arity(int min, int max) {
    return new Arity(min, max);
  }

  private static final Map<String, Arity> FUNCTIONS = Map.ofEntries(
      // strings
      Map.entry("concat", arity(1, MANY)), Map.entry("format", arity(1, MANY)),
      Map.entry("tolowercase", arity(1, 1)), Map.entry("touppercase", arity(1, 1)),
      Map.entry("length", arity(1, 1)), Map.entry("substring", arity(2, 3)), Map.entry("trim", arity(1, 1)),
      Map.entry("replace", arity(3, 3)), Map.entry("contains", arity(2, 2)),
      Map.entry("urlencode", arity(1, 1)), Map.entry("urldecode", arity(1, 1)),
      Map.entry("base64encode", arity(1, 1)), Map.entry("base64decode", arity(1, 1)),
      Map.entry("hextoascii", arity(1, 1)), Map.entry("hextodec", arity(1, 1)), Map.entry("dectohex", arity(1, 1)),
      Map.entry("parsehex", arity(1, 1)), Map.entry("hash", arity(1, 2)),
      Map.entry("jsonarraycontains", arity(2, 2)), Map.entry("jsonarraysize", arity(1, 1)),
      Map.entry("tourl", arity(1, MANY)), Map.entry("matches", arity(2, 2)),
      // null and type tests, casts
      Map.entry("isnull", arity(1, 1)), Map.entry("isempty", arity(1, 1)), Map.entry("isblank", arity(1, 1)),
      Map.entry("isnumeric", arity(1, 1)), Map.entry("isnan", arity(1, 1)), Map.entry("isinfinity", arity(1, 1)),
      Map.entry("num", arity(1, 1)), Map.entry("number", arity(1, 1)), Map.entry("double", arity(1, 1)),
      Map.entry("tolong", arity(1, 1)), Map.entry("toint", arity(1, 1)), Map.entry("tostring", arity(1, 1)),
      Map.entry("int", arity(1, 1)), Map.entry("long", arity(1, 1)), Map.entry("string", arity(1, 1)),
      Map.entry("frommillis", arity(1, 1)), Map.entry("tomillis", arity(1, 1)),
      Map.entry("fromseconds", arity(1, 1)),
      // network
      Map.entry("isvalidip", arity(1, 1)), Map.entry("isvalidipv4", arity(1, 1)),
      Map.entry("isvalidipv6", arity(1, 1)), Map.entry("isprivateip", arity(1, 1)),
      Map.entry("ispublicip", arity(1, 1)), Map.entry("isreservedip", arity(1, 1)),
      Map.entry("comparecidrprefix", arity(3, 3)), Map.entry("getcidrprefix", arity(2, 2)),
      Map.entry("maskfromcidr", arity(1, 1)), Map.entry("ipv4tonumber", arity(1, 1)),
      Map.entry("haversine", arity(4, 4)), Map.entry("luhn", arity(1, 1)),
      // time
      Map.entry("now", arity(0, 0)), Map.entry("querystarttime", arity(0, 0)),
      Map.entry("queryendtime", arity(0, 0)), Map.entry("querytimerange", arity(0, 0)),
      Map.entry("formatdate", arity(1, 3)), Map.entry("parsedate", arity(1, 3)),
      // math
      Map.entry("abs", arity(1, 1)), Map.entry("cbrt", arity(1, 1)), Map.entry("ceil", arity(1, 1)),
      Map.entry("floor", arity(1, 1)), Map.entry("sqrt", arity(1, 1)), Map.entry("exp", arity(1, 1)),
      Map.entry("expm1", arity(1, 1)), Map.entry("log", arity(1, 1)), Map.entry("log10", arity(1, 1)),
      Map.entry("log1p", arity(1, 1)), Map.entry("sin", arity(1, 1)), Map.entry("cos", arity(1, 1)),
      Map.entry("tan", arity(1, 1)), Map.entry("asin", arity(1, 1)), Map.entry("acos", arity(1, 1)),
      Map.entry("atan", arity(1, 1)), Map.entry("sinh", arity(1, 1)), Map.entry("cosh", arity(1, 1)),
      Map.entry("tanh", arity(1, 1)), Map.entry("atan2", arity(2, 2)), Map.entry("hypot", arity(2, 2)),
      Map.entry("todegrees", arity(1, 1)), Map.entry("toradians", arity(1, 1)), Map.entry("pow", arity(2, 2)),
      Map.entry("round", arity(1, 2)), Map.entry("min", arity(2, 2)), Map.entry("max", arity(2, 2)),
      Map.entry("signum", arity(1, 1)),
      // conditional and lookups
      Map.entry("if", arity(3, 3)), Map.entry("lookupcontains", arity(2, 2)));

  /** Aggregate functions of a group-by stage. */
  private static final Map<String, Arity> AGGREGATES = Map.ofEntries(
      Map.entry("count", arity(0, 1)), Map.entry("count_distinct", arity(1, MANY)), Map.entry("sum", arity(1, 1)),
      Map.entry("avg", arity(1, 1)), Map.entry("min", arity(1, 1)), Map.entry("max", arity(1, 1)),
      Map.entry("stddev", arity(1, 1)), Map.entry("pct", arity(1, MANY)), Map.entry("pct_sampling", arity(2, MANY)),
      Map.entry("median", arity(1, 1)), Map.entry("first", arity(1, 1)), Map.entry("last", arity(1, 1)),
      Map.entry("most_recent", arity(1, 1)), Map.entry("least_recent", arity(1, 1)),
      Map.entry("values", arity(1, 1)), Map.entry("count_frequent", arity(1, MANY)),
      // running totals and top-k written in call form: `total(_count) as t by _timeslice`
      Map.entry("total", arity(1, 1)), Map.entry("topk", arity(2, MANY)));

  /** Stage operators with a grammar rule and an AST node of their own (aggregates aside). */
  private static final Set<String> MODELLED_OPERATORS = Set.of("where", "parse", "extract", "json", "keyvalue",
      "kv", "csv", "split", "timeslice", "fields", "sort", "order", "top", "topk", "limit", "dedup", "lookup",
      "transpose", "fillmissing", "compare", "outlier", "save", "count", "count_frequent");

  /** Stage operators that exist in Sumo but that the AST keeps as raw {@code Other} stages. */
  private static final Set<String> RAW_OPERATORS = Set.of(
      "accum", "backshift", "benchmark", "bin", "cat", "compose", "diff", "filter", "geoip", "infer", "join",
      "logcompare", "logexplain", "logreduce", "merge", "predict", "rollingstd", "sessionize", "smooth",
      "threatip", "threatlookup", "total", "trace", "transaction", "transactionize", "withtime", "macro",
      "asn", "geo",
      // `summarize` is the former name of logreduce and still accepted (behavior-insights/logreduce/
      // logreduce-operator.md); it is not Kusto's summarize here.
      "summarize");

  /** Operators of other query languages, with the Sumo way to write the same thing. */
  private static final Map<String, String> FOREIGN_OPERATORS = Map.ofEntries(
      Map.entry("eval", "write `| <expression> as <field>` (eval exists only in the metrics language)"),
      Map.entry("stats", "write the aggregate directly: `| count by f`, `| sum(b) as total by host`"),
      Map.entry("table", "use `| fields a, b`"),
      Map.entry("rename", "use `| a as b` (then `| fields - a` to drop the old name)"),
      Map.entry("search", "keyword search exists only before the first pipe; use `| where f matches \"*x*\"`"),
      Map.entry("head", "use `| limit n`"),
      Map.entry("tail", "use `| sort by _messagetime asc | limit n`"),
      Map.entry("rex", "use `| parse regex \"(?<name>...)\"`"),
      Map.entry("spath", "use `| json \"path\"` or `| json auto`"),
      Map.entry("eventstats", "use an aggregate followed by `| total` or a join"),
      Map.entry("streamstats", "use `| accum` or `| backshift`"),
      Map.entry("timechart", "use `| timeslice 1h | count by _timeslice`"),
      Map.entry("chart", "use an aggregate with `by`, then `| transpose`"),
      Map.entry("mvexpand", "use `| parse regex ... multi`"),
      Map.entry("inputlookup", "use `| lookup ... from path://\"...\"` or `cat path://\"...\"`"),
      Map.entry("outputlookup", "use `| save path://\"...\"`"),
      Map.entry("project", "use `| fields a, b`"),
      Map.entry("extend", "write `| <expression> as <field>`"),
      Map.entry("take", "use `| limit n`"));

  /** Functions of other query languages, with the Sumo equivalent. */
  private static final Map<String, String> FOREIGN_FUNCTIONS = Map.ofEntries(
      Map.entry("tolower", "toLowerCase(x)"), Map.entry("toupper", "toUpperCase(x)"),
      Map.entry("lower", "toLowerCase(x)"), Map.entry("upper", "toUpperCase(x)"),
      Map.entry("dcount", "count_distinct(x)"), Map.entry("distinct_count", "count_distinct(x)"),
      Map.entry("coalesce", "if(isNull(a), b, a)"), Map.entry("isnotnull", "!isNull(x)"),
      Map.entry("len", "length(x)"), Map.entry("strlen", "length(x)"), Map.entry("substr", "substring(s, start, end)"),
      Map.entry("tonumber", "num(x)"), Map.entry("strftime", "formatDate(toLong(t), \"yyyy-MM-dd\")"),
      Map.entry("mvcount", "jsonArraySize(x)"), Map.entry("like", "x matches \"pattern*\""),
      Map.entry("isnotempty", "!isEmpty(x)"), Map.entry("iff", "if(condition, a, b)"),
      Map.entry("case", "nested if(condition, a, if(...))"), Map.entry("split", "the split operator or parse regex"));

  public static Optional<Arity> function(String name) {
    return Optional.ofNullable(FUNCTIONS.get(key(name)));
  }

  public static Optional<Arity> aggregate(String name) {
    return Optional.ofNullable(AGGREGATES.get(key(name)));
  }

  /** True when {@code name(argCount args)} is an aggregate, not a scalar function ({@code max(a, b)} is scalar). */
  public static boolean isAggregate(String name, int argCount) {
    return aggregate(name).map(a -> a.accepts(argCount)).orElse(false);
  }

  public static boolean isRawOperator(String name) {
    return RAW_OPERATORS.contains(key(name));
  }

  public static Optional<String> foreignOperator(String name) {
    return Optional.ofNullable(FOREIGN_OPERATORS.get(key(name)));
  }

  public static Optional<String> foreignFunction(String name) {
    return Optional.ofNullable(FOREIGN_FUNCTIONS.get(key(name)));
  }

  public static Set<String> functionNames() {
    return FUNCTIONS.keySet();
  }

  public static Set<String> aggregateNames() {
    return AGGREGATES.keySet();
  }

  public static Set<String> rawOperatorNames() {
    return RAW_OPERATORS;
  }

  /** True when {@code name} starts a Sumo stage: a modelled or raw operator, or an aggregate. */
  public static boolean isOperator(String name) {
    String key = key(name);
    return MODELLED_OPERATORS.contains(key) || RAW_OPERATORS.contains(key) || AGGREGATES.containsKey(key);
  }

  /** Every stage operator and aggregate name, for suggestions. */
  public static Set<String> operatorNames() {
    Set<String> all = new java.util.TreeSet<>(MODELLED_OPERATORS);
    all.addAll(RAW_OPERATORS);
    all.addAll(AGGREGATES.keySet());
    return all;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
