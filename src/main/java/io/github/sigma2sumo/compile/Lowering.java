package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.UnaryOp;
import io.github.sigma2sumo.emit.SumoSyntax;
import io.github.sigma2sumo.sigma.Condition;
import io.github.sigma2sumo.sigma.Detection;
import io.github.sigma2sumo.sigma.Modifiers;
import io.github.sigma2sumo.sigma.Selectors;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.sigma.SigmaString;
import io.github.sigma2sumo.sigma.SigmaCorrelation;
import io.github.sigma2sumo.sigma.SigmaValue;
import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.sumo.Re2;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lowers the detection logic of a prepared Sigma rule to one boolean expression of the shared AST.
 * What is common to every target lives here: conditions, selectors, detections and their dropped
 * items, value lists, placeholders and value replacement, regexes, numbers, null, existence and
 * networks. Each target says how it names a field, folds case and tests a string
 * ({@link SumoLowering} for log search, {@link CseLowering} for Cloud SIEM).
 *
 * <p>Semantics kept (reference sigma.md §2-§4): values match case-insensitively unless
 * {@code |cased}; {@code *} and {@code ?} keep their meaning; regexes are unanchored searches with
 * their flags. Every regex is anchored explicitly, which is right whether a target's
 * {@code matches /re/} tests the whole value or searches in it (the docs are silent on both
 * targets; sumo-search-language.md §10.2, sumo-cloud-siem.md §2.3).
 */
abstract class Lowering {
  static final Span S = Span.SYNTHETIC;
  /** From this many OR-linked patterns of one field on, they become one regex. */
  private static final int MANY_PATTERNS = 6;

  /** The rule being lowered; a correlation lowers several rules into one query. */
  PreparedRule prepared;
  /** The detection item being lowered, for messages about a field it reads. */
  Optional<Detection.Item> currentItem = Optional.empty();

  // --- what each target decides ------------------------------------------------------------

  /** The expression that reads the target field {@code name} (a name the pipeline produced). */
  abstract Expr field(String name) throws Unsupported;

  /** The text a keyword detection (no field) searches, or why the target has none. */
  abstract Expr keywordText(Detection.Item item) throws Unsupported;

  /** {@code field} folded to lower case. */
  abstract Expr lower(Expr field);

  /** A test of {@code field} against a Sigma string: equality, a pattern, or an anchored regex. */
  abstract Expr string(Expr field, SigmaString value, boolean cased);

  /** True when a lower-cased plain value of {@code field} can go into an equality or {@code in} list as a string. */
  boolean isPlainListValue(Expr field, String value) {
    return true;
  }

  /** {@code field} equals the number {@code n}. */
  Expr numberEquals(Expr field, BigDecimal n) {
    return new Expr.Binary(BinaryOp.EQ, num(field), number(n), S);
  }

  /** The target's "any run of characters" in a pattern whose text is an expression's value. */
  abstract String anyRun();

  /** {@code self} matches the pattern that {@code pattern} evaluates to. */
  abstract Expr patternTest(Expr self, Expr pattern);

  /**
   * {@code self} starts with, ends with or (neither) equals the value of {@code other}. The other
   * field's value becomes a pattern, so a wildcard character inside it acts as one.
   */
  Expr fieldRefTest(Expr self, Expr other, boolean startsWith, boolean endsWith) {
    if (!startsWith && !endsWith) {
      return new Expr.Binary(BinaryOp.EQ, self, other, S);
    }
    List<Expr> parts = new ArrayList<>();
    if (endsWith) {
      parts.add(str(anyRun()));
    }
    parts.add(other);
    if (startsWith) {
      parts.add(str(anyRun()));
    }
    return patternTest(self, new Expr.Call("concat", parts, S));
  }

  /** {@code |hour: 22} and friends. */
  abstract Expr timePart(Expr field, SigmaValue.TimePart t, Detection.Item item) throws Unsupported;

  /** The target's name in messages: "Sumo", "Cloud SIEM". */
  abstract String targetName();

  /** What an event must satisfy to match {@code rule}: its conditions and its pipelines' added ones. */
  Expr ruleCondition(PreparedRule rule) throws Unsupported {
    this.prepared = rule;
    List<Expr> alternatives = new ArrayList<>();
    for (SigmaRule.ParsedCondition c : rule.rule().conditions()) {
      alternatives.add(condition(c.condition(), c.textOffset()));
    }
    Expr detection = or(alternatives);
    List<Expr> all = new ArrayList<>();
    for (Pipeline.Transformation.AddCondition added : prepared.addedConditions()) {
      List<Expr> items = new ArrayList<>();
      for (Map.Entry<String, List<Object>> e : added.conditions().entrySet()) {
        items.add(addedItem(e.getKey(), e.getValue()));
      }
      Expr cond = and(items);
      all.add(added.negated() ? not(cond) : cond);
    }
    all.add(detection);
    return and(all);
  }

  /** A Sigma field of {@code rule} (a correlation's group-by field) as the query reads it. */
  Expr sigmaField(PreparedRule rule, String sigmaField) throws Unsupported {
    this.prepared = rule;
    List<String> names = rule.sumoNames(sigmaField);
    if (names.size() != 1) {
      throw new Unsupported(rule.rule().span(), "'" + sigmaField + "' maps to several fields, so it cannot group");
    }
    return field(names.get(0));
  }

  private Expr addedItem(String field, List<Object> values) throws Unsupported {
    try {
      Modifiers.Result r = Modifiers.apply(List.of(), values);
      return item(new Detection.Item(Optional.of(field), List.of(), r.values(), false, false, prepared.rule().span()));
    } catch (Modifiers.ModifierException e) {
      throw new Unsupported(prepared.rule().span(), "a pipeline condition on " + field + ": " + e.getMessage());
    }
  }

  // --- conditions ----------------------------------------------------------------------------

  private Expr condition(Condition c, int offset) throws Unsupported {
    if (c instanceof Condition.Or o) {
      List<Expr> terms = new ArrayList<>();
      for (Condition t : o.terms()) {
        terms.add(condition(t, offset));
      }
      return or(terms);
    } else if (c instanceof Condition.And a) {
      List<Expr> terms = new ArrayList<>();
      for (Condition t : a.terms()) {
        terms.add(condition(t, offset));
      }
      return and(terms);
    } else if (c instanceof Condition.Not n) {
      return not(condition(n.operand(), offset));
    } else if (c instanceof Condition.Ref ref) {
      return detection(prepared.rule().detections().get(ref.name()));
    }
    Condition.Selector sel = (Condition.Selector) c;
    List<Expr> terms = new ArrayList<>();
    for (String id : Selectors.matching(sel, prepared.rule().detections().keySet())) {
      terms.add(detection(prepared.rule().detections().get(id)));
    }
    return sel.all() ? and(terms) : or(terms);
  }

  private Expr detection(Detection d) throws Unsupported {
    return kept(d).orElseThrow(() -> new Unsupported(d.span(), "the pipelines drop every item of this detection, so "
        + "nothing is left to match"));
  }

  /** The detection without the items a pipeline drops (drop_detection_item); empty when none is left. */
  private Optional<Expr> kept(Detection d) throws Unsupported {
    if (d instanceof Detection.AllOf || d instanceof Detection.AnyOf) {
      boolean all = d instanceof Detection.AllOf;
      List<Expr> terms = new ArrayList<>();
      for (Detection p : all ? ((Detection.AllOf) d).parts() : ((Detection.AnyOf) d).parts()) {
        kept(p).ifPresent(terms::add);
      }
      return terms.isEmpty() ? Optional.empty() : Optional.of(all ? and(terms) : or(terms));
    }
    Detection.Item item = (Detection.Item) d;
    if (prepared.drops(item)) {
      return Optional.empty();
    }
    return Optional.of(item(item));
  }

  // --- items and values ----------------------------------------------------------------------

  private Expr item(Detection.Item item) throws Unsupported {
    currentItem = Optional.of(item);
    List<SigmaValue> values = new ArrayList<>();
    for (SigmaValue v : prepared.values(item)) {
      values.add(resolve(v, item));
    }
    List<Expr> perField = new ArrayList<>();
    if (item.field().isEmpty()) {
      perField.add(values(keywordText(item), values, item, true));
    } else {
      for (String name : prepared.sumoNames(item.field().get())) {
        perField.add(values(field(name), values, item, false));
      }
    }
    Expr e = or(perField);
    return item.negated() ? not(e) : e;
  }

  /** The values of one item on one field: OR-linked, or AND-linked under {@code all}. */
  private Expr values(Expr field, List<SigmaValue> values, Detection.Item item, boolean keyword) throws Unsupported {
    List<Expr> terms = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    List<SigmaString> patterns = new ArrayList<>();
    List<SigmaString> casedPatterns = new ArrayList<>();
    List<SigmaValue> flat = new ArrayList<>();
    for (SigmaValue v : values) {
      // outside 'all', an expansion's alternatives are just more OR-linked values
      if (!item.all() && v instanceof SigmaValue.Expansion e) {
        flat.addAll(e.alternatives());
      } else {
        flat.add(v);
      }
    }
    for (SigmaValue v : flat) {
      checkValue(field, v, item);
      if (!item.all() && !keyword && v instanceof SigmaValue.Str s && !s.cased() && !s.string().hasWildcards()
          && isPlainListValue(field, s.string().plain().toLowerCase(Locale.ROOT))) {
        plain.add(s.string().plain().toLowerCase(Locale.ROOT));
      } else if (!item.all() && !keyword && v instanceof SigmaValue.Str s && s.string().hasWildcards()) {
        (s.cased() ? casedPatterns : patterns).add(s.string());
      } else {
        terms.add(value(field, v, item, keyword));
      }
    }
    patterns(field, patterns, false, terms);
    patterns(field, casedPatterns, true, terms);
    if (plain.size() == 1) {
      terms.add(0, new Expr.Binary(BinaryOp.EQ, lower(field), str(plain.get(0)), S));
    } else if (plain.size() > 1) {
      List<Expr> list = new ArrayList<>();
      plain.stream().distinct().forEach(p -> list.add(str(p)));
      terms.add(0, new Expr.In(lower(field), list, false, S));
    }
    return item.all() ? and(terms) : or(terms);
  }

  /** A keyword's text as the message writes it (escaped as its format escapes text); as it is by default. */
  SigmaString keywordString(SigmaString value) {
    return value;
  }

  /** Refuses a value that the target cannot test on {@code field}; every value can by default. */
  void checkValue(Expr field, SigmaValue v, Detection.Item item) throws Unsupported {}

  private Expr value(Expr field, SigmaValue v, Detection.Item item, boolean keyword) throws Unsupported {
    if (v instanceof SigmaValue.Expansion e) {
      List<Expr> alternatives = new ArrayList<>();
      for (SigmaValue a : e.alternatives()) {
        alternatives.add(value(field, a, item, keyword));
      }
      return or(alternatives);
    } else if (v instanceof SigmaValue.Str s) {
      SigmaString string = keyword ? keywordString(s.string()).prependAnyRun().appendAnyRun() : s.string();
      return string(field, string, s.cased());
    } else if (v instanceof SigmaValue.Regex r) {
      // \/ and / are the same regex; a literal reads back as '/', so write that (the round trip holds)
      String regex = RegexText.search(SumoSyntax.decodeRegex(r.pattern()), r.flags());
      Optional<String> problem = Re2.problem(r.pattern());
      if (problem.isPresent()) {
        throw new Unsupported(item.span(), "the regex '" + r.pattern() + "' cannot run in " + targetName() + ": "
            + problem.get());
      }
      if (!SumoSyntax.isWritableRegex(regex)) {
        throw new Unsupported(item.span(), "the regex holds a line break; write \\n instead");
      }
      return new Expr.Matches(field, new Expr.RegexLit(regex, "", S), false, S);
    } else if (v instanceof SigmaValue.Num n) {
      if (keyword) {
        return string(field, SigmaString.literal(n.value().toPlainString()).prependAnyRun().appendAnyRun(), false);
      }
      return numberEquals(field, n.value());
    } else if (keyword) {
      throw new Unsupported(item.span(), "a keyword search (no field) cannot test " + kind(v));
    } else if (v instanceof SigmaValue.Compare c) {
      return new Expr.Binary(op(c.op()), num(field), number(c.value()), S);
    } else if (v instanceof SigmaValue.Bool b) {
      return new Expr.Binary(BinaryOp.EQ, lower(field), str(String.valueOf(b.value())), S);
    } else if (v instanceof SigmaValue.Null) {
      // Sigma null is "absent or null". Sumo's docs do not say whether a field a parse did not fill is
      // null or "", so isEmpty (true for both) is right under either reading.
      return call("isEmpty", field);
    } else if (v instanceof SigmaValue.Exists e) {
      Expr empty = call("isEmpty", field);
      return e.present() ? not(empty) : empty;
    } else if (v instanceof SigmaValue.Cidr c) {
      if (c.ipv6()) {
        byte[] address = c.bytes()
            .orElseThrow(() -> new Unsupported(item.span(), c.address() + " is not an IPv6 address"));
        String regex = Ipv6Prefix.regex(address, c.prefixLength());
        return new Expr.Matches(field, new Expr.RegexLit(regex, "", S), false, S);
      }
      return call("compareCIDRPrefix", str(c.address()), field, str(String.valueOf(c.prefixLength())));
    } else if (v instanceof SigmaValue.TimePart t) {
      return timePart(field, t, item);
    } else if (v instanceof SigmaValue.FieldRef f) {
      return fieldRefTest(lower(field), lower(or(fieldsOf(f.field()))), f.startsWith(), f.endsWith());
    }
    throw new Unsupported(item.span(), targetName() + " cannot test " + kind(v));
  }

  private List<Expr> fieldsOf(String sigmaField) throws Unsupported {
    List<String> names = prepared.sumoNames(sigmaField);
    if (names.size() != 1) {
      throw new Unsupported(prepared.rule().span(), "fieldref to '" + sigmaField + "', which the pipeline maps to "
          + "several fields");
    }
    return List.of(field(names.get(0)));
  }

  /**
   * OR-linked patterns of one field: each on its own while there are few, one regex alternation
   * when there are many (a long contains-list stays one short test instead of dozens).
   */
  void patterns(Expr field, List<SigmaString> patterns, boolean cased, List<Expr> terms) {
    if (patterns.size() < MANY_PATTERNS) {
      patterns.forEach(p -> terms.add(string(field, p, cased)));
    } else {
      terms.add(new Expr.Matches(field, new Expr.RegexLit(RegexText.anyOf(patterns, cased), "", S), false, S));
    }
  }

  /** Placeholders filled from the pipelines' values, and replace_string applied. */
  private SigmaValue resolve(SigmaValue v, Detection.Item item) throws Unsupported {
    Span span = item.span();
    if (v instanceof SigmaValue.Expansion e) {
      List<SigmaValue> out = new ArrayList<>();
      for (SigmaValue a : e.alternatives()) {
        out.add(resolve(a, item));
      }
      return new SigmaValue.Expansion(out);
    }
    if (!(v instanceof SigmaValue.Str s)) {
      return v;
    }
    SigmaString string = prepared.replaceStrings(s.string(), item);
    Optional<List<String>> mapping = string.hasWildcards() || string.hasPlaceholders() ? Optional.empty()
        : prepared.mappedValue(string.plain(), item);
    if (mapping.isPresent()) {
      List<SigmaValue> mapped = new ArrayList<>();
      mapping.get().forEach(m -> mapped.add(new SigmaValue.Str(SigmaString.parse(m), s.cased())));
      return mapped.size() == 1 ? mapped.get(0) : new SigmaValue.Expansion(mapped);
    }
    if (!string.hasPlaceholders()) {
      return new SigmaValue.Str(string, s.cased());
    }
    List<SigmaString> variants = List.of(new SigmaString(List.of()));
    for (SigmaString.Part p : string.parts()) {
      List<SigmaString> next = new ArrayList<>();
      if (p instanceof SigmaString.Part.Placeholder ph) {
        List<String> values = prepared.placeholder(ph.name()).orElseThrow(() -> new Unsupported(span,
            "the placeholder %" + ph.name() + "% has no values; give them in a pipeline's 'vars' with a "
                + "value_placeholders item, or make it * with wildcard_placeholders"));
        for (SigmaString prefix : variants) {
          for (String value : values) {
            List<SigmaString.Part> parts = new ArrayList<>(prefix.parts());
            parts.addAll(SigmaString.parse(value).parts());
            next.add(new SigmaString(parts));
          }
        }
      } else {
        for (SigmaString prefix : variants) {
          List<SigmaString.Part> parts = new ArrayList<>(prefix.parts());
          parts.add(p);
          next.add(new SigmaString(parts));
        }
      }
      variants = next;
    }
    List<SigmaValue> out = new ArrayList<>();
    variants.forEach(x -> out.add(new SigmaValue.Str(x, s.cased())));
    return out.size() == 1 ? out.get(0) : new SigmaValue.Expansion(out);
  }

  // --- small builders ------------------------------------------------------------------------

  static Expr num(Expr field) {
    return new Expr.Call("num", List.of(field), S);
  }

  static Expr call(String name, Expr... args) {
    return new Expr.Call(name, List.of(args), S);
  }

  static Expr str(String s) {
    return new Expr.StringLit(s, S);
  }

  /** {@code subject} passes every comparison of a correlation's condition. */
  static Expr thresholdTest(SigmaCorrelation.Threshold t, Expr subject) {
    List<Expr> tests = new ArrayList<>();
    for (SigmaCorrelation.Bound b : t.bounds()) {
      BinaryOp op = switch (b.op()) {
        case "gt" -> BinaryOp.GT;
        case "gte" -> BinaryOp.GE;
        case "lt" -> BinaryOp.LT;
        case "lte" -> BinaryOp.LE;
        case "neq" -> BinaryOp.NE;
        default -> BinaryOp.EQ;
      };
      tests.add(new Expr.Binary(op, subject, number(b.value()), S));
    }
    return tests.size() == 1 ? tests.get(0) : new Expr.And(tests, S);
  }

  static BinaryOp op(SigmaValue.CompareOp op) {
    return switch (op) {
      case GT -> BinaryOp.GT;
      case GTE -> BinaryOp.GE;
      case LT -> BinaryOp.LT;
      case LTE -> BinaryOp.LE;
    };
  }

  /** A number literal; a negative one is a negation, as the parser reads {@code -5}. */
  static Expr number(BigDecimal n) {
    Expr abs = new Expr.NumberLit(n.abs().stripTrailingZeros().toPlainString(), S);
    return n.signum() < 0 ? new Expr.Unary(UnaryOp.NEGATE, abs, S) : abs;
  }

  static Expr not(Expr e) {
    if (e instanceof Expr.Unary u && u.op() == UnaryOp.NOT) {
      return u.operand();
    }
    return new Expr.Unary(UnaryOp.NOT, e, S);
  }

  static Expr and(List<Expr> terms) {
    List<Expr> flat = new ArrayList<>();
    for (Expr t : terms) {
      if (t instanceof Expr.And a) {
        flat.addAll(a.terms());
      } else {
        flat.add(t);
      }
    }
    return flat.size() == 1 ? flat.get(0) : new Expr.And(flat, S);
  }

  static Expr or(List<Expr> terms) {
    List<Expr> flat = new ArrayList<>();
    for (Expr t : terms) {
      if (t instanceof Expr.Or o) {
        flat.addAll(o.terms());
      } else {
        flat.add(t);
      }
    }
    return flat.size() == 1 ? flat.get(0) : new Expr.Or(flat, S);
  }

  static String kind(SigmaValue v) {
    if (v instanceof SigmaValue.Regex) {
      return "a regular expression";
    } else if (v instanceof SigmaValue.Str s && s.string().hasWildcards()) {
      return "a wildcard pattern";
    } else if (v instanceof SigmaValue.Null) {
      return "null";
    } else if (v instanceof SigmaValue.Bool) {
      return "a boolean";
    } else if (v instanceof SigmaValue.Exists) {
      return "field existence";
    } else if (v instanceof SigmaValue.Compare || v instanceof SigmaValue.TimePart) {
      return "a numeric comparison";
    } else if (v instanceof SigmaValue.FieldRef) {
      return "a field reference";
    } else if (v instanceof SigmaValue.Cidr) {
      return "an IP network";
    }
    return "this value";
  }
}
