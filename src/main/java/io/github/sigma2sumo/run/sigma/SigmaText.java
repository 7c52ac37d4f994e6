package io.github.sigma2sumo.run.sigma;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Sigma string value read from the rule's YAML text: literal characters and the special parts
 * wildcards ({@code *} any run, {@code ?} one character), windash slots and {@code %name%}
 * placeholders. It is the value that modifiers rewrite before a {@link TextPattern} matches it.
 *
 * <p>Escaping follows SigmaHQ/sigma-specification, specification/sigma-rules-specification.md,
 * "Escaping": a backslash escapes {@code *}, {@code ?} and itself; a backslash before any other
 * character, or at the end of the value, is a literal backslash ({@code C:\Windows} and
 * {@code C:\\Windows} are the same value; three or four backslashes are two). Under
 * {@code expand}, {@code \%} is a literal percent sign and {@code %name%} a placeholder
 * ("Placeholders"); a placeholder name is a run of characters other than whitespace and
 * {@code %} (the specification does not say which characters a name may hold), and a
 * {@code %} that starts no such run is literal.
 *
 * <p>Invariants: parts are never empty {@link Chars} and two {@link Chars} are never adjacent.
 * When {@code bytes} is set (after {@code wide}/{@code utf16*}), each character is one byte
 * (0-255), which {@code base64} encodes as it is instead of as UTF-8.
 */
record SigmaText(List<Part> parts, boolean bytes) {

  /** One part of a value. */
  sealed interface Part permits Chars, AnySequence, AnyChar, Dash, Placeholder {}

  /** Literal characters. */
  record Chars(String text) implements Part {
    Chars {
      if (text.isEmpty()) {
        throw new IllegalArgumentException("empty literal");
      }
    }
  }

  /** {@code *}: any run of characters, also none. */
  record AnySequence() implements Part {}

  /** {@code ?}: exactly one character (one Unicode code point). */
  record AnyChar() implements Part {}

  /** A dash that {@code windash} made interchangeable: one of {@link #DASHES}. */
  record Dash() implements Part {}

  /** {@code %name%} under {@code expand}. */
  record Placeholder(String name) implements Part {
    Placeholder {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * What a windash slot stands for: hyphen-minus, slash, en dash, em dash, horizontal bar
   * (SigmaHQ/sigma-specification, specification/sigma-appendix-modifiers.md, "windash").
   */
  static final String DASHES = "-/\u2013\u2014\u2015";

  SigmaText {
    parts = normalized(parts);
  }

  /** {@code raw} as the specification reads it; {@code placeholders} under {@code expand}. */
  static SigmaText parse(String raw, boolean placeholders) {
    List<Part> out = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    boolean escaped = false;
    int i = 0;
    while (i < raw.length()) {
      int c = raw.codePointAt(i);
      int next = i + Character.charCount(c);
      if (escaped) {
        if (c == '*' || c == '?' || c == '\\' || placeholders && c == '%') {
          literal.appendCodePoint(c);
        } else {
          literal.append('\\').appendCodePoint(c);
        }
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '*' || c == '?') {
        flush(literal, out);
        out.add(c == '*' ? new AnySequence() : new AnyChar());
      } else if (placeholders && c == '%' && placeholderEnd(raw, next) > next) {
        flush(literal, out);
        int end = placeholderEnd(raw, next);
        out.add(new Placeholder(raw.substring(next, end)));
        next = end + 1;
      } else {
        literal.appendCodePoint(c);
      }
      i = next;
    }
    if (escaped) {
      literal.append('\\');
    }
    flush(literal, out);
    return new SigmaText(out, false);
  }

  /** A value of literal characters only. */
  static SigmaText literal(String text, boolean bytes) {
    return new SigmaText(text.isEmpty() ? List.of() : List.of(new Chars(text)), bytes);
  }

  /** The index of the {@code %} closing a placeholder name starting at {@code from}, or -1. */
  private static int placeholderEnd(String raw, int from) {
    for (int j = from; j < raw.length(); j++) {
      char c = raw.charAt(j);
      if (c == '%') {
        return j;
      } else if (Character.isWhitespace(c)) {
        return -1;
      }
    }
    return -1;
  }

  private static void flush(StringBuilder literal, List<Part> out) {
    if (literal.length() > 0) {
      out.add(new Chars(literal.toString()));
      literal.setLength(0);
    }
  }

  private static List<Part> normalized(List<Part> parts) {
    List<Part> out = new ArrayList<>(parts.size());
    for (Part p : parts) {
      Objects.requireNonNull(p, "part");
      if (p instanceof Chars c && !out.isEmpty() && out.get(out.size() - 1) instanceof Chars last) {
        out.set(out.size() - 1, new Chars(last.text() + c.text()));
      } else {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  boolean startsWithAnySequence() {
    return !parts.isEmpty() && parts.get(0) instanceof AnySequence;
  }

  boolean endsWithAnySequence() {
    return !parts.isEmpty() && parts.get(parts.size() - 1) instanceof AnySequence;
  }

  /** {@code *} in front unless one is there (contains, endswith). */
  SigmaText withLeadingAny() {
    if (startsWithAnySequence()) {
      return this;
    }
    List<Part> out = new ArrayList<>(parts.size() + 1);
    out.add(new AnySequence());
    out.addAll(parts);
    return new SigmaText(out, bytes);
  }

  /** {@code *} at the end unless one is there (contains, startswith). */
  SigmaText withTrailingAny() {
    if (endsWithAnySequence()) {
      return this;
    }
    List<Part> out = new ArrayList<>(parts);
    out.add(new AnySequence());
    return new SigmaText(out, bytes);
  }

  /** The characters when every part is literal. */
  Optional<String> plain() {
    if (parts.isEmpty()) {
      return Optional.of("");
    }
    return parts.size() == 1 && parts.get(0) instanceof Chars c ? Optional.of(c.text()) : Optional.empty();
  }

  boolean hasPart(Class<? extends Part> kind) {
    return parts.stream().anyMatch(kind::isInstance);
  }

  /**
   * {@code windash}: each {@code -} or {@code /} that follows a non-word character (or the start
   * of a literal run) and precedes a word character becomes a {@link Dash} slot. This is the
   * pattern {@code \B[-/]\b} of pySigma, which the specification's "all possible permutations"
   * leaves to it; word characters are Unicode letters, digits and {@code _}; a wildcard or the
   * edge of a literal run counts as a non-word character.
   */
  SigmaText windash() {
    List<Part> out = new ArrayList<>();
    for (Part p : parts) {
      if (!(p instanceof Chars c)) {
        out.add(p);
        continue;
      }
      String t = c.text();
      StringBuilder literal = new StringBuilder();
      for (int k = 0; k < t.length(); k++) {
        char ch = t.charAt(k);
        boolean candidate = (ch == '-' || ch == '/') && (k == 0 || !isWord(t.codePointBefore(k)))
            && k + 1 < t.length() && isWord(t.codePointAt(k + 1));
        if (candidate) {
          flush(literal, out);
          out.add(new Dash());
        } else {
          literal.append(ch);
        }
      }
      flush(literal, out);
    }
    return new SigmaText(out, bytes);
  }

  private static boolean isWord(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '_';
  }

  /**
   * Every value this one stands for with its windash slots spelt out, for modifiers that need
   * literal characters (the encodings); more than {@code limit} values is an error.
   */
  List<SigmaText> spelled(int limit) throws RuleProblem {
    List<List<Part>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    for (Part p : parts) {
      if (p instanceof Dash) {
        if ((long) out.size() * DASHES.length() > limit) {
          throw new RuleProblem("windash spells this value more than " + limit + " ways before it is encoded");
        }
        List<List<Part>> grown = new ArrayList<>();
        for (List<Part> prefix : out) {
          for (int d = 0; d < DASHES.length(); d++) {
            List<Part> copy = new ArrayList<>(prefix);
            copy.add(new Chars(String.valueOf(DASHES.charAt(d))));
            grown.add(copy);
          }
        }
        out = grown;
      } else {
        out.forEach(prefix -> prefix.add(p));
      }
    }
    return out.stream().map(ps -> new SigmaText(ps, bytes)).toList();
  }

  /** The value as Sigma would write it again: wildcards bare, literal ones escaped. */
  String display() {
    StringBuilder out = new StringBuilder();
    for (Part p : parts) {
      if (p instanceof Chars c) {
        out.append(c.text().replace("*", "\\*").replace("?", "\\?"));
      } else if (p instanceof AnySequence) {
        out.append('*');
      } else if (p instanceof AnyChar) {
        out.append('?');
      } else if (p instanceof Dash) {
        out.append("[-/\u2013\u2014\u2015]");
      } else {
        out.append('%').append(((Placeholder) p).name()).append('%');
      }
    }
    return out.toString();
  }
}
