package io.github.sigma2sumo.run.sumo;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code keyvalue "k1", "k2" [as a, b]} (alias {@code kv}, with or without {@code infer}): the value
 * after each key (docs parse-operators/parse-keyvalue-formatted-logs.md). The page describes the
 * forms but not the exact tokens, so here: a key is found where it is not part of a longer word
 * (case-sensitive), followed by optional spaces, a delimiter ({@code =}, {@code :} or {@code ->})
 * and optional spaces; the value is the text inside double or single quotes when it starts with
 * one, else everything up to the next white space, comma, semicolon or ampersand. The first
 * occurrence of a key counts. The input matches when at least one key is found ("messages must
 * match at least one segment of the parse expression"); keys not found are null.
 */
final class KeyValueExtraction implements Extraction {
  private final List<String> keys;
  private final Key key;

  private record Key(List<String> keys) {}

  KeyValueExtraction(List<String> keys) {
    this.keys = List.copyOf(keys);
    this.key = new Key(this.keys);
  }

  @Override
  public Value @Nullable [] extract(String input) {
    Value[] out = new Value[keys.size()];
    boolean any = false;
    for (int i = 0; i < out.length; i++) {
      String v = valueOf(input, keys.get(i));
      out[i] = v == null ? Value.NULL : Value.of(v);
      any |= v != null;
    }
    return any ? out : null;
  }

  static @Nullable String valueOf(String input, String key) {
    if (key.isEmpty()) {
      return null;
    }
    for (int at = input.indexOf(key); at >= 0; at = input.indexOf(key, at + 1)) {
      if (at > 0 && isWord(input.charAt(at - 1)) || at + key.length() < input.length()
          && isWord(key.charAt(key.length() - 1)) && isWord(input.charAt(at + key.length()))) {
        continue;
      }
      int i = skipSpaces(input, at + key.length());
      if (input.startsWith("->", i)) {
        i += 2;
      } else if (i < input.length() && (input.charAt(i) == '=' || input.charAt(i) == ':')) {
        i++;
      } else {
        continue;
      }
      i = skipSpaces(input, i);
      return value(input, i);
    }
    return null;
  }

  private static String value(String input, int i) {
    if (i < input.length() && (input.charAt(i) == '"' || input.charAt(i) == '\'')) {
      int close = input.indexOf(input.charAt(i), i + 1);
      return close < 0 ? input.substring(i + 1) : input.substring(i + 1, close);
    }
    int end = i;
    while (end < input.length() && !Character.isWhitespace(input.charAt(end)) && ",;&".indexOf(input.charAt(end)) < 0) {
      end++;
    }
    return input.substring(i, end);
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean isWord(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** A field name for a key without {@code as}: every character outside {@code [A-Za-z0-9_]} becomes {@code _}. */
  static String fieldName(String key) {
    return key.replaceAll("[^A-Za-z0-9_]", "_");
  }

  @Override
  public Object key() {
    return key;
  }
}
