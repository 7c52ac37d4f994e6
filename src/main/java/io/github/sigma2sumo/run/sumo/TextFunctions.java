package io.github.sigma2sumo.run.sumo;

import com.google.re2j.PatternSyntaxException;
import io.github.sigma2sumo.ast.Expr;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * String functions (docs search-operators/tolowercase-touppercase.md, concat.md, substring.md,
 * length.md, replace.md, trim.md, base64decode.md, format.md and the Log Operators cheat sheet).
 * Null in gives null out, except where a page says otherwise: {@code concat} reads null as
 * {@code ""} and {@code length(null)} is 0. Choices where the docs are silent:
 *
 * <ul>
 *   <li>Positions and lengths count UTF-16 code units, as Java strings do; {@code substring} out of
 *       range (start below 0 or past the end, end before start) gives null, with an end past the
 *       text cut to its length.
 *   <li>{@code trim} removes leading and trailing characters up to the space (Java's
 *       {@code String.trim}).
 *   <li>{@code urldecode} of text that is no valid URL encoding, and {@code base64Decode} of text
 *       that is no valid base64, return the input unaltered (base64decode.md: "Invalid input is
 *       returned unaltered"); decoded bytes are read as UTF-8.
 *   <li>{@code replace(s, "a", "b")} replaces every occurrence of the literal text;
 *       {@code replace(s, /re/, "b")} every RE2 match, with {@code $1} and {@code ${name}} in the
 *       replacement.
 *   <li>{@code format} is Java's {@code String.format}, refused for widths or precisions over 10,000
 *       (a hostile format would otherwise build huge strings) and null on a format error; a whole
 *       number is passed as a long ({@code %d}) or, if that fails, as a double ({@code %.2f}).
 * </ul>
 */
final class TextFunctions {
  private TextFunctions() {}

  static void register(Map<String, Functions.Spec> all) {
    all.put("tolowercase", new Functions.Spec(1, 1, TextFunctions::toLowerCase));
    all.put("touppercase", new Functions.Spec(1, 1, a -> text(a, s -> s.toUpperCase(Locale.ROOT))));
    all.put("trim", new Functions.Spec(1, 1, a -> text(a, String::trim)));
    all.put("urldecode", new Functions.Spec(1, 1, a -> text(a, TextFunctions::urlDecode)));
    all.put("urlencode", new Functions.Spec(1, 1, a -> text(a, s -> URLEncoder.encode(s, StandardCharsets.UTF_8))));
    all.put("base64decode", new Functions.Spec(1, 1, a -> text(a, TextFunctions::base64Decode)));
    all.put("base64encode", new Functions.Spec(1, 1,
        a -> text(a, s -> Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)))));
    all.put("tostring", new Functions.Spec(1, 1, a -> text(a, s -> s)));
    all.put("length", new Functions.Spec(1, 1, TextFunctions::length));
    all.put("concat", new Functions.Spec(1, 64, TextFunctions::concat));
    all.put("substring", new Functions.Spec(2, 3, TextFunctions::substring));
    all.put("replace", new Functions.Spec(3, 3, TextFunctions::replace));
    all.put("contains", new Functions.Spec(2, 2, TextFunctions::contains));
    all.put("format", new Functions.Spec(1, 17, TextFunctions::format));
  }

  private static Eval text(Args a, UnaryOperator<String> f) {
    Eval arg = a.eval(0);
    return row -> {
      Value v = arg.eval(row);
      return v.isNull() ? Value.NULL : Value.of(f.apply(v.text()));
    };
  }

  /**
   * {@code toLowerCase(_raw)} of a message no stage changed is worked out once per message, as
   * compiled keyword searches read it in every query.
   */
  private static Eval toLowerCase(Args a) {
    if (a.expr(0) instanceof Expr.FieldRef f && FieldNames.lower(f.name()).equals("_raw")) {
      int raw = a.prep().rawSlot();
      Eval plain = text(a, s -> s.toLowerCase(Locale.ROOT));
      return row -> {
        Optional<MessageMemo> memo = row.untouchedRaw(raw);
        return memo.isPresent() ? Value.of(memo.get().lowerRaw()) : plain.eval(row);
      };
    }
    return text(a, s -> s.toLowerCase(Locale.ROOT));
  }

  private static Eval length(Args a) {
    Eval arg = a.eval(0);
    return row -> {
      Value v = arg.eval(row);
      return Value.of(v.isNull() ? 0 : v.text().length());
    };
  }

  private static Eval concat(Args a) {
    Eval[] parts = a.evals();
    return row -> {
      StringBuilder out = new StringBuilder();
      for (Eval p : parts) {
        out.append(p.eval(row).text());
      }
      return Value.of(out.toString());
    };
  }

  private static Eval substring(Args a) {
    Eval subject = a.eval(0);
    Eval start = a.eval(1);
    @Nullable Eval end = a.size() > 2 ? a.eval(2) : null;
    return row -> {
      Value v = subject.eval(row);
      OptionalDouble s = Numbers.of(start.eval(row));
      if (v.isNull() || s.isEmpty()) {
        return Value.NULL;
      }
      String text = v.text();
      long from = (long) s.getAsDouble();
      long to = text.length();
      if (end != null) {
        OptionalDouble e = Numbers.of(end.eval(row));
        if (e.isEmpty()) {
          return Value.NULL;
        }
        to = Math.min(text.length(), (long) e.getAsDouble());
      }
      if (from < 0 || from > text.length() || to < from) {
        return Value.NULL;
      }
      return Value.of(text.substring((int) from, (int) to));
    };
  }

  private static Eval replace(Args a) {
    Eval subject = a.eval(0);
    Eval replacement = a.eval(2);
    if (a.expr(1) instanceof Expr.RegexLit r) {
      Optional<Regex> regex = Matching.regexLiteral(r, a.prep());
      if (regex.isEmpty()) {
        return Prep.REFUSED;
      }
      Regex re = regex.get();
      return row -> {
        Value v = subject.eval(row);
        Value by = replacement.eval(row);
        if (v.isNull() || by.isNull()) {
          return Value.NULL;
        }
        try {
          return Value.of(re.replaceAll(v.text(), by.text()));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | PatternSyntaxException e) {
          return Value.NULL;
        }
      };
    }
    Eval search = a.eval(1);
    return row -> {
      Value v = subject.eval(row);
      Value what = search.eval(row);
      Value by = replacement.eval(row);
      if (v.isNull() || what.isNull() || by.isNull()) {
        return Value.NULL;
      }
      return what.text().isEmpty() ? v : Value.of(v.text().replace(what.text(), by.text()));
    };
  }

  private static Eval contains(Args a) {
    Eval subject = a.eval(0);
    Eval needle = a.eval(1);
    return row -> {
      Value s = subject.eval(row);
      Value n = needle.eval(row);
      return Value.of(!s.isNull() && !n.isNull() && s.text().contains(n.text()));
    };
  }

  private static final java.util.regex.Pattern WIDTH = java.util.regex.Pattern.compile("\\d{5,}");

  private static Eval format(Args a) {
    Eval[] parts = a.evals();
    return row -> {
      Value f = parts[0].eval(row);
      if (f.isNull() || WIDTH.matcher(f.text()).find()) {
        return Value.NULL;
      }
      Object[] whole = new Object[parts.length - 1];
      Object[] real = new Object[parts.length - 1];
      for (int i = 1; i < parts.length; i++) {
        Value v = parts[i].eval(row);
        Object o = v instanceof Value.Bool b ? b.value() : v.isNull() ? null : v.text();
        whole[i - 1] = o;
        real[i - 1] = o;
        if (v instanceof Value.Num n) {
          real[i - 1] = n.value();
          whole[i - 1] = n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 9e18 ? (Object) (long) n.value()
              : n.value();
        }
      }
      // a whole number suits %d, a real one %f: try the first, then the second
      for (Object[] values : new Object[][] {whole, real}) {
        try {
          return Value.of(String.format(Locale.ROOT, f.text(), values));
        } catch (java.util.IllegalFormatException e) {
          // try the other reading
        }
      }
      return Value.NULL;
    };
  }

  private static String urlDecode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static String base64Decode(String s) {
    try {
      return new String(Base64.getDecoder().decode(s.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
