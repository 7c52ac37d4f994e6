package io.github.sigma2sumo.content;

import java.util.Optional;

/**
 * A JSON string literal of a host file decoded with the place of each of its code points
 * (RFC 8259 §7: {@code \"}, {@code \\}, {@code \/}, {@code \b}, {@code \f}, {@code \n}, {@code \r},
 * {@code \t}, {@code \}{@code uXXXX}, a surrogate pair written as two {@code \}{@code u} escapes
 * being one code point).
 */
final class JsonStringText {
  private JsonStringText() {}

  /**
   * The literal whose opening quote is at char offset {@code quote} of {@code host}, which is at
   * code-point offset {@code quoteCodePoint}; empty when no well-formed literal starts there.
   */
  static Optional<EmbeddedText> read(String host, int quote, int quoteCodePoint) {
    if (quote < 0 || quote >= host.length() || host.charAt(quote) != '"') {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    IntList offsets = new IntList();
    int i = quote + 1;
    int cp = quoteCodePoint + 1;
    while (i < host.length()) {
      char c = host.charAt(i);
      if (c == '"') {
        offsets.add(cp);
        return Optional.of(new EmbeddedText(text.toString(), offsets.toArray()));
      }
      int start = cp;
      if (c != '\\') {
        int codePoint = host.codePointAt(i);
        text.appendCodePoint(codePoint);
        offsets.add(start);
        i += Character.charCount(codePoint);
        cp++;
        continue;
      }
      if (i + 1 >= host.length()) {
        return Optional.empty();
      }
      char e = host.charAt(i + 1);
      int decoded;
      int width = 2;
      switch (e) {
        case '"', '\\', '/' -> decoded = e;
        case 'b' -> decoded = '\b';
        case 'f' -> decoded = '\f';
        case 'n' -> decoded = '\n';
        case 'r' -> decoded = '\r';
        case 't' -> decoded = '\t';
        case 'u' -> {
          Optional<Integer> unit = hex(host, i + 2);
          if (unit.isEmpty()) {
            return Optional.empty();
          }
          decoded = unit.get();
          width = 6;
          if (Character.isHighSurrogate((char) decoded) && host.startsWith("\\u", i + 6)) {
            Optional<Integer> low = hex(host, i + 8);
            if (low.isPresent() && Character.isLowSurrogate((char) (int) low.get())) {
              decoded = Character.toCodePoint((char) decoded, (char) (int) low.get());
              width = 12;
            }
          }
        }
        default -> {
          return Optional.empty();
        }
      }
      text.appendCodePoint(decoded);
      offsets.add(start);
      i += width;
      cp += width; // escapes are ASCII: one code point per char
    }
    return Optional.empty();
  }

  private static Optional<Integer> hex(String s, int at) {
    if (at + 4 > s.length()) {
      return Optional.empty();
    }
    int value = 0;
    for (int k = at; k < at + 4; k++) {
      int digit = Character.digit(s.charAt(k), 16);
      if (digit < 0) {
        return Optional.empty();
      }
      value = value * 16 + digit;
    }
    return Optional.of(value);
  }

  /** A growable list of ints. */
  static final class IntList {
    private int[] values = new int[64];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
