package io.github.sigma2sumo.run.sigma;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A detection item's modifiers ({@code Field|contains|all}) applied to its YAML values, left to
 * right as the specification says ("The value modifiers are applied in the given order to the
 * value"; SigmaHQ/sigma-specification, specification/sigma-rules-specification.md, "Value
 * Modifiers", and specification/sigma-appendix-modifiers.md), giving the {@link Criterion} of
 * each value.
 *
 * <p>Choices the specification leaves open:
 * <ul>
 *   <li>{@code all}, {@code neq} and {@code cased} say how the item matches, wherever they stand:
 *       {@code all} links the values with AND, {@code neq} negates the whole item (pySigma's
 *       reading of "the field is different from the specified values": an absent field is
 *       different), {@code cased} makes every string comparison of the item case-sensitive
 *       (pySigma loses it before {@code windash}; here it does not). {@code all} with one value
 *       is accepted (the specification forbids it only for some backends' sake).
 *   <li>{@code re}, {@code cidr}, {@code exists} and {@code fieldref} read the value as written,
 *       so only those three flags may come before them.
 *   <li>{@code contains}, {@code startswith}, {@code endswith} add {@code *} where none is; on a
 *       regular expression they change nothing, since a regex is searched for anywhere anyway;
 *       after {@code fieldref} they say how the two fields compare.
 *   <li>The string modifiers read a YAML number or boolean as its text ("All values are treated
 *       as case-insensitive strings"); the numeric and time modifiers need a YAML number.
 *   <li>What {@code base64} and {@code base64offset} give is a string like any other, so it
 *       matches case-insensitively unless {@code cased}, as the specification says of all
 *       values, although base64 text is case-sensitive by nature.
 *   <li>{@code expand} replaces each placeholder with each of the caller's values for it (read
 *       as Sigma strings, so {@code srv*} is a wildcard); a placeholder without values is an
 *       error, as the specification asks of tools that cannot resolve it. On a regular
 *       expression it is not evaluated.
 *   <li>A value that windash spells more than {@link #MAX_VARIANTS} ways before an encoding, or
 *       whose placeholders combine into more, is an error rather than a slow evaluator.
 * </ul>
 */
final class ModifierChain {

  static final int MAX_VARIANTS = 3125;

  private static final Set<String> FLAGS = Set.of("all", "neq", "cased");
  private static final Set<String> FIRST = Set.of("re", "cidr", "exists", "fieldref");
  private static final Set<String> KNOWN = Set.of("contains", "startswith", "endswith", "all", "exists", "cased",
      "neq", "windash", "re", "i", "ignorecase", "m", "multiline", "s", "dotall", "base64", "base64offset",
      "utf16le", "wide", "utf16be", "utf16", "lt", "lte", "gt", "gte", "minute", "hour", "day", "week", "month",
      "year", "cidr", "expand", "fieldref");

  /** The item's criteria and how they combine. */
  record Result(List<Criterion> criteria, boolean all, boolean negated, boolean cased) {}

  private sealed interface Value permits Text, Regex, Num, Bool, Null, Done, Alternatives {}

  private record Text(SigmaText text) implements Value {}

  private record Regex(String pattern, Set<Character> flags) implements Value {}

  private record Num(BigDecimal number) implements Value {}

  private record Bool(boolean value) implements Value {}

  private record Null() implements Value {}

  /** A value no later modifier changes, except those that know it (fieldref, time parts). */
  private record Done(Criterion criterion) implements Value {}

  private record Alternatives(List<Value> values) implements Value {}

  private final boolean keyword;
  private final Map<String, List<String>> placeholders;
  private boolean cased;

  private ModifierChain(boolean keyword, Map<String, List<String>> placeholders) {
    this.keyword = keyword;
    this.placeholders = placeholders;
  }

  /**
   * Applies {@code modifiers} to the YAML values {@code raw} (String, BigDecimal, Boolean or
   * null); {@code keyword} when the item has no field.
   */
  static Result apply(List<String> modifiers, List<Object> raw, boolean keyword, Map<String, List<String>> placeholders)
      throws RuleProblem {
    for (String m : modifiers) {
      if (!KNOWN.contains(m)) {
        throw new RuleProblem(m.isEmpty() ? "an empty modifier ('||' or a trailing '|')"
            : "the modifier '" + m + "' is not in the Sigma specification");
      }
    }
    ModifierChain chain = new ModifierChain(keyword, placeholders);
    chain.cased = modifiers.contains("cased");
    List<String> steps = modifiers.stream().filter(m -> !FLAGS.contains(m)).toList();
    for (int i = 1; i < steps.size(); i++) {
      if (FIRST.contains(steps.get(i))) {
        throw new RuleProblem("'" + steps.get(i) + "' reads the value as written, so it must come first (after "
            + "all, neq or cased at most)");
      }
    }
    boolean expand = steps.contains("expand");
    List<Criterion> out = new ArrayList<>();
    for (Object r : raw) {
      Value v = chain.initial(r, steps.isEmpty() ? "" : steps.get(0), expand);
      for (int i = steps.isEmpty() || !FIRST.contains(steps.get(0)) ? 0 : 1; i < steps.size(); i++) {
        v = chain.step(steps.get(i), v);
      }
      out.add(chain.finish(v, display(r)));
    }
    return new Result(out, modifiers.contains("all"), modifiers.contains("neq"), chain.cased);
  }

  private static String display(Object raw) {
    return raw == null ? "null" : raw instanceof String s ? "'" + s + "'"
        : raw instanceof BigDecimal n ? EventView.numberText(n) : raw.toString();
  }

  private Value initial(Object raw, String first, boolean expand) throws RuleProblem {
    switch (first) {
      case "re" -> {
        return new Regex(stringOf(raw, "re"), Set.of());
      }
      case "cidr" -> {
        return new Done(new Criterion.Cidr(IpNetwork.parse(stringOf(raw, "cidr"))));
      }
      case "exists" -> {
        if (!(raw instanceof Boolean b)) {
          throw new RuleProblem("'exists' takes true or false, not " + display(raw));
        }
        if (keyword) {
          throw new RuleProblem("'exists' needs a field");
        }
        return new Done(new Criterion.Exists(b));
      }
      case "fieldref" -> {
        if (keyword) {
          throw new RuleProblem("'fieldref' needs a field");
        }
        return new Done(new Criterion.FieldRef(stringOf(raw, "fieldref"), false, false, cased));
      }
      default -> {
        if (raw instanceof String s) {
          return new Text(SigmaText.parse(s, expand));
        } else if (raw instanceof BigDecimal n) {
          return new Num(n);
        } else if (raw instanceof Boolean b) {
          return new Bool(b);
        }
        return new Null();
      }
    }
  }

  private static String stringOf(Object raw, String modifier) throws RuleProblem {
    if (raw instanceof String s) {
      return s;
    } else if (raw instanceof BigDecimal n) {
      return EventView.numberText(n);
    }
    throw new RuleProblem("'" + modifier + "' takes a string, not " + display(raw));
  }

  private Value step(String modifier, Value v) throws RuleProblem {
    if (v instanceof Alternatives a) {
      List<Value> out = new ArrayList<>();
      for (Value each : a.values()) {
        out.add(step(modifier, each));
      }
      return new Alternatives(out);
    }
    return switch (modifier) {
      case "contains", "startswith", "endswith" -> anchor(modifier, v);
      case "windash" -> new Text(text(modifier, v).windash());
      case "base64", "base64offset", "utf16le", "wide", "utf16be", "utf16" -> encode(modifier, v);
      case "i", "ignorecase", "m", "multiline", "s", "dotall" -> flag(modifier, v);
      case "gt", "gte", "lt", "lte" -> compare(modifier, v);
      case "minute", "hour", "day", "week", "month", "year" -> timePart(modifier, v);
      case "expand" -> expand(v);
      default -> throw new IllegalStateException("unhandled modifier " + modifier);
    };
  }

  private Value anchor(String modifier, Value v) throws RuleProblem {
    if (v instanceof Regex) {
      return v;
    }
    if (v instanceof Done d && d.criterion() instanceof Criterion.FieldRef f) {
      boolean starts = f.startsWith() || !modifier.equals("endswith");
      boolean ends = f.endsWith() || !modifier.equals("startswith");
      return new Done(new Criterion.FieldRef(f.other(), starts, ends, f.cased()));
    }
    SigmaText t = text(modifier, v);
    return new Text(switch (modifier) {
      case "contains" -> t.withLeadingAny().withTrailingAny();
      case "startswith" -> t.withTrailingAny();
      default -> t.withLeadingAny();
    });
  }

  /** The string a string modifier works on: a text, or a number or boolean as its text. */
  private static SigmaText text(String modifier, Value v) throws RuleProblem {
    if (v instanceof Text t) {
      return t.text();
    } else if (v instanceof Num n) {
      return SigmaText.literal(EventView.numberText(n.number()), false);
    } else if (v instanceof Bool b) {
      return SigmaText.literal(Boolean.toString(b.value()), false);
    }
    throw new RuleProblem("'" + modifier + "' does not apply to " + kind(v));
  }

  private static String kind(Value v) {
    if (v instanceof Null) {
      return "null";
    } else if (v instanceof Regex) {
      return "a regular expression";
    } else if (v instanceof Done d) {
      return "a " + d.criterion().display() + " value";
    }
    return "this value";
  }

  private Value encode(String modifier, Value v) throws RuleProblem {
    SigmaText t = text(modifier, v);
    if (t.hasPart(SigmaText.Placeholder.class)) {
      throw new RuleProblem("'" + modifier + "' cannot encode a placeholder; put 'expand' before it");
    }
    boolean base64 = modifier.startsWith("base64");
    if (base64 && (t.hasPart(SigmaText.AnySequence.class) || t.hasPart(SigmaText.AnyChar.class))) {
      throw new RuleProblem("'" + modifier + "' cannot encode a value with wildcards; put 'contains' after it");
    }
    List<Value> out = new ArrayList<>();
    for (SigmaText spelled : t.spelled(MAX_VARIANTS)) {
      if (modifier.equals("base64")) {
        out.add(new Text(Encodings.base64(spelled.plain().orElseThrow(), spelled.bytes())));
      } else if (modifier.equals("base64offset")) {
        out.add(new Alternatives(Encodings.base64Offsets(spelled.plain().orElseThrow(), spelled.bytes()).stream()
            .<Value>map(Text::new).toList()));
      } else {
        out.add(new Text(utf16(modifier, spelled)));
      }
    }
    return out.size() == 1 ? out.get(0) : new Alternatives(out);
  }

  /** A UTF-16 encoding of the literal parts; wildcards stay wildcards, as pySigma keeps them. */
  private static SigmaText utf16(String modifier, SigmaText t) {
    List<SigmaText.Part> parts = new ArrayList<>();
    if (modifier.equals("utf16")) {
      parts.add(new SigmaText.Chars("\u00ff\u00fe"));
    }
    for (SigmaText.Part p : t.parts()) {
      if (p instanceof SigmaText.Chars c) {
        SigmaText encoded = modifier.equals("utf16be") ? Encodings.utf16be(c.text()) : Encodings.utf16le(c.text());
        parts.addAll(encoded.parts());
      } else {
        parts.add(p);
      }
    }
    return new SigmaText(parts, true);
  }

  private static Value flag(String modifier, Value v) throws RuleProblem {
    if (!(v instanceof Regex r)) {
      throw new RuleProblem("'" + modifier + "' is a flag of 're' and needs it before");
    }
    Set<Character> flags = new HashSet<>(r.flags());
    flags.add(switch (modifier) {
      case "i", "ignorecase" -> 'i';
      case "m", "multiline" -> 'm';
      default -> 's';
    });
    return new Regex(r.pattern(), flags);
  }

  private static Value compare(String modifier, Value v) throws RuleProblem {
    if (v instanceof Num n) {
      return new Done(new Criterion.Compare(modifier, n.number()));
    }
    if (v instanceof Done d && d.criterion() instanceof Criterion.TimePart t && t.compared() instanceof Criterion.Number n) {
      return new Done(new Criterion.TimePart(t.part(), new Criterion.Compare(modifier, n.number())));
    }
    throw new RuleProblem("'" + modifier + "' compares numbers; " + kind(v) + " is none (write the number unquoted)");
  }

  private static Value timePart(String modifier, Value v) throws RuleProblem {
    TimestampParts part = TimestampParts.of(modifier).orElseThrow();
    if (!(v instanceof Num n)) {
      throw new RuleProblem("'" + modifier + "' compares the " + modifier + " of a timestamp with a number; "
          + kind(v) + " is none");
    }
    BigInteger whole;
    try {
      whole = n.number().toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new RuleProblem("'" + modifier + "' takes a whole number, not " + EventView.numberText(n.number()));
    }
    if (whole.compareTo(BigInteger.valueOf(part.min())) < 0 || whole.compareTo(BigInteger.valueOf(part.max())) > 0) {
      throw new RuleProblem("a " + modifier + " is between " + part.min() + " and " + part.max() + ", never " + whole);
    }
    return new Done(new Criterion.TimePart(part, new Criterion.Number(n.number())));
  }

  private Value expand(Value v) throws RuleProblem {
    if (v instanceof Regex) {
      throw new RuleProblem("'expand' on a regular expression is not evaluated");
    }
    if (!(v instanceof Text t) || !t.text().hasPart(SigmaText.Placeholder.class)) {
      return v;
    }
    List<List<SigmaText.Part>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    for (SigmaText.Part p : t.text().parts()) {
      if (!(p instanceof SigmaText.Placeholder ph)) {
        out.forEach(prefix -> prefix.add(p));
        continue;
      }
      List<String> values = placeholders.getOrDefault(ph.name(), List.of());
      if (values.isEmpty()) {
        throw new RuleProblem("the placeholder %" + ph.name() + "% has no values; give them to evaluate 'expand'");
      }
      if ((long) out.size() * values.size() > MAX_VARIANTS) {
        throw new RuleProblem("the placeholders of this value combine into more than " + MAX_VARIANTS + " values");
      }
      List<List<SigmaText.Part>> grown = new ArrayList<>();
      for (List<SigmaText.Part> prefix : out) {
        for (String value : values) {
          List<SigmaText.Part> copy = new ArrayList<>(prefix);
          copy.addAll(SigmaText.parse(value, false).parts());
          grown.add(copy);
        }
      }
      out = grown;
    }
    List<Value> texts = out.stream().<Value>map(ps -> new Text(new SigmaText(ps, t.text().bytes()))).toList();
    return texts.size() == 1 ? texts.get(0) : new Alternatives(texts);
  }

  /** The criterion a finished value asks for; keywords match anywhere in a text. */
  private Criterion finish(Value v, String display) throws RuleProblem {
    if (v instanceof Alternatives a) {
      List<Criterion> out = new ArrayList<>();
      for (Value each : a.values()) {
        out.add(finish(each, display));
      }
      return new Criterion.AnyOf(out, display);
    } else if (v instanceof Regex r) {
      return new Criterion.Regex(GuardedRegex.compile(r.pattern(), r.flags()));
    } else if (v instanceof Done d) {
      if (keyword) {
        throw new RuleProblem("a keyword search (an item without a field) cannot use " + d.criterion().display());
      }
      return d.criterion() instanceof Criterion.FieldRef f
          ? new Criterion.FieldRef(f.other(), f.startsWith(), f.endsWith(), cased) : d.criterion();
    } else if (keyword && (v instanceof Num || v instanceof Bool || v instanceof Text)) {
      return new Criterion.Text(TextPattern.of(text("keyword", v).withLeadingAny().withTrailingAny(), cased));
    } else if (v instanceof Text t) {
      if (t.text().hasPart(SigmaText.Placeholder.class)) {
        throw new IllegalStateException("placeholder left after expand");
      }
      return new Criterion.Text(TextPattern.of(t.text(), cased));
    } else if (v instanceof Num n) {
      return new Criterion.Number(n.number());
    } else if (v instanceof Bool b) {
      return new Criterion.Bool(b.value());
    }
    if (keyword) {
      throw new RuleProblem("a keyword search cannot look for null");
    }
    return new Criterion.Null();
  }
}
