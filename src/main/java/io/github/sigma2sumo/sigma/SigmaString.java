package io.github.sigma2sumo.sigma;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A Sigma string value as a list of parts: literal text, the wildcards {@code *} (any run of
 * characters) and {@code ?} (exactly one character), and {@code %name%} placeholders of the
 * {@code expand} modifier. Parsing follows the Sigma specification's escaping rules exactly as
 * pySigma implements them (reference sigma.md §2.3; SigmaHQ/sigma-specification,
 * specification/sigma-rules-specification.md, "Escaping"): {@code \*}, {@code \?} and {@code \\}
 * are literal, a backslash before any other character stays, a trailing backslash stays.
 */
public record SigmaString(List<Part> parts) {

  /** One piece of a Sigma string. */
  public sealed interface Part {
    /** Literal text, matched as written (case-insensitively unless the value is cased). */
    record Literal(String text) implements Part {
      public Literal {
        Objects.requireNonNull(text, "text");
      }
    }

    /** {@code *}: any run of characters, possibly empty. */
    record AnyRun() implements Part {}

    /** {@code ?}: exactly one character. */
    record AnyChar() implements Part {}

    /** {@code %name%} of the expand modifier, to be replaced by a pipeline. */
    record Placeholder(String name) implements Part {}
  }

  public SigmaString {
    parts = normalize(parts);
  }

  /** Parses a plain YAML string value. */
  public static SigmaString parse(String raw) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    boolean escaped = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (escaped) {
        if (c != '*' && c != '?' && c != '\\') {
          literal.append('\\');
        }
        literal.append(c);
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '*' || c == '?') {
        flush(literal, parts);
        parts.add(c == '*' ? new Part.AnyRun() : new Part.AnyChar());
      } else {
        literal.append(c);
      }
    }
    if (escaped) {
      literal.append('\\');
    }
    flush(literal, parts);
    return new SigmaString(parts);
  }

  /** A string of literal text only. */
  public static SigmaString literal(String text) {
    return new SigmaString(List.of(new Part.Literal(text)));
  }

  /** Replaces {@code %name%} in literal parts by placeholders ({@code \%} stays a literal {@code %}). */
  public SigmaString withPlaceholders() {
    List<Part> out = new ArrayList<>();
    for (Part p : parts) {
      if (!(p instanceof Part.Literal l)) {
        out.add(p);
        continue;
      }
      StringBuilder text = new StringBuilder();
      String s = l.text();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '%') {
          text.append('%');
          i++;
        } else if (c == '%' && s.indexOf('%', i + 1) > i + 1) {
          int end = s.indexOf('%', i + 1);
          flush(text, out);
          out.add(new Part.Placeholder(s.substring(i + 1, end)));
          i = end;
        } else {
          text.append(c);
        }
      }
      flush(text, out);
    }
    return new SigmaString(out);
  }

  // loops, not streams: lowering asks these of every value, and a stream costs more than the scan

  public boolean hasWildcards() {
    for (Part p : parts) {
      if (p instanceof Part.AnyRun || p instanceof Part.AnyChar) {
        return true;
      }
    }
    return false;
  }

  public boolean hasPlaceholders() {
    for (Part p : parts) {
      if (p instanceof Part.Placeholder) {
        return true;
      }
    }
    return false;
  }

  public boolean startsWithAnyRun() {
    return !parts.isEmpty() && parts.get(0) instanceof Part.AnyRun;
  }

  public boolean endsWithAnyRun() {
    return !parts.isEmpty() && parts.get(parts.size() - 1) instanceof Part.AnyRun;
  }

  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /** {@code *} before, unless the string already starts with one. */
  public SigmaString prependAnyRun() {
    if (startsWithAnyRun()) {
      return this;
    }
    List<Part> out = new ArrayList<>(parts);
    out.add(0, new Part.AnyRun());
    return new SigmaString(out);
  }

  /** {@code *} after, unless the string already ends with one. */
  public SigmaString appendAnyRun() {
    if (endsWithAnyRun()) {
      return this;
    }
    List<Part> out = new ArrayList<>(parts);
    out.add(new Part.AnyRun());
    return new SigmaString(out);
  }

  /** The literal text when there are no wildcards or placeholders. */
  public String plain() {
    StringBuilder out = new StringBuilder();
    for (Part p : parts) {
      if (!(p instanceof Part.Literal l)) {
        throw new IllegalStateException("not a plain string: " + this);
      }
      out.append(l.text());
    }
    return out.toString();
  }

  /** Applies {@code f} to each literal part. */
  public SigmaString mapLiterals(UnaryOperator<String> f) {
    List<Part> out = new ArrayList<>(parts.size());
    for (Part p : parts) {
      out.add(p instanceof Part.Literal l ? new Part.Literal(f.apply(l.text())) : p);
    }
    return new SigmaString(out);
  }

  public SigmaString lowerCase() {
    return mapLiterals(s -> s.toLowerCase(Locale.ROOT));
  }

  /** The value as a rule author would write it: wildcards bare, literal {@code * ? \} escaped. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Part p : parts) {
      if (p instanceof Part.Literal l) {
        for (char c : l.text().toCharArray()) {
          if (c == '*' || c == '?') {
            out.append('\\');
          }
          out.append(c);
        }
      } else if (p instanceof Part.AnyRun) {
        out.append('*');
      } else if (p instanceof Part.AnyChar) {
        out.append('?');
      } else if (p instanceof Part.Placeholder ph) {
        out.append('%').append(ph.name()).append('%');
      }
    }
    return out.toString();
  }

  private static void flush(StringBuilder literal, List<Part> parts) {
    if (literal.length() > 0) {
      parts.add(new Part.Literal(literal.toString()));
      literal.setLength(0);
    }
  }

  /** Merges adjacent literals and drops empty ones, so equal strings have equal part lists. */
  private static List<Part> normalize(List<Part> parts) {
    List<Part> out = new ArrayList<>(parts.size());
    for (Part p : parts) {
      Objects.requireNonNull(p, "part");
      if (p instanceof Part.Literal l) {
        if (l.text().isEmpty()) {
          continue;
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Part.Literal prev) {
          out.set(out.size() - 1, new Part.Literal(prev.text() + l.text()));
          continue;
        }
      }
      out.add(p);
    }
    return List.copyOf(out);
  }
}
