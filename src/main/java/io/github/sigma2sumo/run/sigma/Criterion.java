package io.github.sigma2sumo.run.sigma;

import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one value of a detection item, after its modifiers, asks of the field's value in an
 * event. Built by {@link ModifierChain}; tested by a {@link DetectionItem}.
 *
 * <p>Choices the specification leaves open (SigmaHQ/sigma-specification,
 * specification/sigma-rules-specification.md, "General", "Special Field Values"; pySigma has no
 * event model to copy):
 * <ul>
 *   <li>A field whose value is a list matches when one element matches (nested lists are
 *       flattened; a mapping matches no value). An empty list holds no value, so it is null.
 *   <li>A string compares with the text of any scalar: a number as written ({@code '4688'}
 *       matches the number 4688), a boolean as {@code true}/{@code false}. Null matches no
 *       string, not even {@code ''}.
 *   <li>A number ({@code EventID: 4688}) matches an equal number, or a text that is a plain
 *       decimal number of equal value ({@code "4688"}, {@code "4688.0"}; not {@code " 4688"},
 *       {@code "0x1250"}).
 *   <li>A boolean matches the same boolean, or the text {@code true}/{@code false} in any case.
 *   <li>{@code null} matches an absent field, a null value and an empty list.
 *   <li>{@code gt}/{@code gte}/{@code lt}/{@code lte} compare numbers and decimal texts as numbers;
 *       anything else does not match.
 * </ul>
 */
sealed interface Criterion {

  /** Whether the field value (absent when empty) satisfies this criterion. */
  boolean test(Optional<YNode> value, EventView event) throws EvaluationException;

  /** Whether one text of a keyword search satisfies it; only texts, regexes and their alternatives can. */
  default boolean testKeyword(String text) throws EvaluationException {
    throw new IllegalStateException(display() + " is no keyword");
  }

  /** The rule value as shown in explanations. */
  String display();

  Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,400}(\\.\\d{1,400})?");

  /** A number, or a text that is a plain decimal number. */
  static Optional<BigDecimal> numberOf(YScalar s) {
    if (s.value() instanceof BigDecimal n) {
      return Optional.of(n);
    }
    if (s.value() instanceof String t && DECIMAL.matcher(t).matches()) {
      return Optional.of(new BigDecimal(t));
    }
    return Optional.empty();
  }

  private static List<YScalar> scalars(Optional<YNode> value) {
    return value.map(EventView::scalars).orElse(List.of());
  }

  /** A string value with wildcards. */
  record Text(TextPattern pattern) implements Criterion {
    @Override
    public boolean test(Optional<YNode> value, EventView event) {
      for (YScalar s : scalars(value)) {
        Optional<String> t = EventView.text(s);
        if (t.isPresent() && pattern.matches(t.get())) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean testKeyword(String text) {
      return pattern.matches(text);
    }

    @Override
    public String display() {
      return "'" + pattern + "'";
    }
  }

  /** A {@code re} value, searched for in the text. */
  record Regex(GuardedRegex regex) implements Criterion {
    @Override
    public boolean test(Optional<YNode> value, EventView event) throws EvaluationException {
      for (YScalar s : scalars(value)) {
        Optional<String> t = EventView.text(s);
        if (t.isPresent() && regex.find(t.get())) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean testKeyword(String text) throws EvaluationException {
      return regex.find(text);
    }

    @Override
    public String display() {
      return regex.toString();
    }
  }

  /** A YAML number. */
  record Number(BigDecimal number) implements Criterion {
    @Override
    public boolean test(Optional<YNode> value, EventView event) {
      return scalars(value).stream().anyMatch(s -> numberOf(s).map(n -> n.compareTo(number) == 0).orElse(false));
    }

    boolean testNumber(BigDecimal n) {
      return n.compareTo(number) == 0;
    }

    @Override
    public String display() {
      return EventView.numberText(number);
    }
  }

  /** A YAML boolean. */
  record Bool(boolean expected) implements Criterion {
    @Override
    public boolean test(Optional<YNode> value, EventView event) {
      for (YScalar s : scalars(value)) {
        if (s.value() instanceof Boolean b && b == expected
            || s.value() instanceof String t && t.equalsIgnoreCase(Boolean.toString(expected))) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String display() {
      return Boolean.toString(expected);
    }
  }

  /** {@code null}. */
  record Null() implements Criterion {
    @Override
    public boolean test(Optional<YNode> value, EventView event) {
      if (value.isEmpty() || value.get() instanceof YScalar s && s.value() == null) {
        return true;
      }
      if (value.get() instanceof YList) {
        List<YScalar> all = EventView.scalars(value.get());
        return all.isEmpty() || all.stream().anyMatch(s -> s.value() == null);
      }
      return false;
    }

    @Override
    public String display() {
      return "null";
    }
  }

  /** {@code exists}: the field is present (whatever its value, also null) or absent. */
  record Exists(boolean present) implements Criterion {
    @Override
    public boolean test(Optional<YNode> value, EventView event) {
      return value.isPresent() == present;
    }

    @Override
    public String display() {
      return "exists: " + present;
    }
  }

  /** {@code gt}, {@code gte}, {@code lt}, {@code lte}. */
  record Compare(String op, BigDecimal bound) implements Criterion {
    public Compare {
      Objects.requireNonNull(op, "op");
    }

    @Override
    public boolean test(Optional<YNode> value, EventView event) {
      return scalars(value).stream().anyMatch(s -> numberOf(s).map(this::testNumber).orElse(false));
    }

    boolean testNumber(BigDecimal n) {
      int c = n.compareTo(bound);
      return switch (op) {
        case "gt" -> c > 0;
        case "gte" -> c >= 0;
        case "lt" -> c < 0;
        default -> c <= 0;
      };
    }

    @Override
    public String display() {
      return op + " " + EventView.numberText(bound);
    }
  }

  /** {@code cidr}: an IP address text in the network. */
  record Cidr(IpNetwork network) implements Criterion {
    @Override
    public boolean test(Optional<YNode> value, EventView event) {
      return scalars(value).stream().anyMatch(s -> s.value() instanceof String t && network.contains(t));
    }

    @Override
    public String display() {
      return "cidr " + network;
    }
  }

  /**
   * A time part of a timestamp compared with a number, or with a comparison after it
   * ({@code Field|hour|gte: 22}).
   */
  record TimePart(TimestampParts part, Criterion compared) implements Criterion {
    public TimePart {
      if (!(compared instanceof Number || compared instanceof Compare)) {
        throw new IllegalArgumentException("a time part compares with a number");
      }
    }

    @Override
    public boolean test(Optional<YNode> value, EventView event) {
      for (YScalar s : scalars(value)) {
        Optional<Integer> p = part.of(s.value());
        if (p.isPresent()) {
          BigDecimal n = BigDecimal.valueOf(p.get());
          if (compared instanceof Number num ? num.testNumber(n) : ((Compare) compared).testNumber(n)) {
            return true;
          }
        }
      }
      return false;
    }

    @Override
    public String display() {
      return part.name().toLowerCase(java.util.Locale.ROOT) + " " + compared.display();
    }
  }

  /**
   * {@code fieldref}: the value equals the value of field {@code other} of the same event, or
   * starts with, ends with or contains it ({@code fieldref|startswith} ...). Case-insensitive
   * unless {@code cased}; two numbers (or decimal texts) compare as numbers. An absent or null
   * other field matches nothing.
   */
  record FieldRef(String other, boolean startsWith, boolean endsWith, boolean cased) implements Criterion {
    public FieldRef {
      Objects.requireNonNull(other, "other");
    }

    @Override
    public boolean test(Optional<YNode> value, EventView event) throws EvaluationException {
      List<YScalar> theirs = scalars(event.field(other));
      for (YScalar a : scalars(value)) {
        for (YScalar b : theirs) {
          if (compares(a, b)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean compares(YScalar a, YScalar b) {
      Optional<String> ta = EventView.text(a);
      Optional<String> tb = EventView.text(b);
      if (ta.isEmpty() || tb.isEmpty()) {
        return false;
      }
      if (!startsWith && !endsWith) {
        Optional<BigDecimal> na = numberOf(a);
        Optional<BigDecimal> nb = numberOf(b);
        if (na.isPresent() && nb.isPresent()) {
          return na.get().compareTo(nb.get()) == 0;
        }
      }
      String x = cased ? ta.get() : TextPattern.folded(ta.get());
      String y = cased ? tb.get() : TextPattern.folded(tb.get());
      if (startsWith && endsWith) {
        return x.contains(y);
      }
      return startsWith ? x.startsWith(y) : endsWith ? x.endsWith(y) : x.equals(y);
    }

    @Override
    public String display() {
      String how = startsWith && endsWith ? "contains" : startsWith ? "startswith" : endsWith ? "endswith" : "equals";
      return how + " field " + other + (cased ? " (cased)" : "");
    }
  }

  /** Values one value stands for ({@code windash} spelt out, {@code base64offset}, placeholders): any of them. */
  record AnyOf(List<Criterion> alternatives, String display) implements Criterion {
    public AnyOf {
      alternatives = List.copyOf(alternatives);
    }

    @Override
    public boolean test(Optional<YNode> value, EventView event) throws EvaluationException {
      for (Criterion c : alternatives) {
        if (c.test(value, event)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean testKeyword(String text) throws EvaluationException {
      for (Criterion c : alternatives) {
        if (c.testKeyword(text)) {
          return true;
        }
      }
      return false;
    }
  }
}
