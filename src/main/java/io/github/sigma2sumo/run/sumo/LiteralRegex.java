package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A regex of literal text and {@code .*} only, matched as a whole without running a regex engine:
 * {@code (?is)^.*\\regsvr32\.exe$}, {@code (?is)^(?:.*Add-AADInt.*|.*Get-AADInt.*)$}. Such patterns
 * are 95% of the regexes in compiled SigmaHQ rules, and re2j's NFA spends microseconds on each.
 * Every other use ({@code find}, groups, replacement) and every other pattern goes to
 * {@link Re2Regex}, whose semantics this class keeps exactly:
 *
 * <ul>
 *   <li>Accepted: optional flags {@code (?i)}, {@code (?s)}, {@code (?is)} first, then {@code ^}, one
 *       branch or a {@code (?:...|...)} group of branches, then {@code $}; a branch is literal
 *       characters (any but {@code \ . + * ? ( ) | [ ] { } ^ $}, or one of those escaped with a
 *       backslash) and {@code .*} or {@code (?s:.*)}.
 *   <li>RE2's {@code ^} and {@code $} without {@code m} are the ends of the text.
 *   <li>Without {@code s}, {@code .} does not match a line break: a value holding {@code \n} is
 *       handed to RE2 rather than reasoned about here.
 *   <li>With {@code i}, the pattern and the value are folded by {@link CaseFold} before they are
 *       compared, so {@code k} also matches KELVIN SIGN (U+212A) as in RE2; a pattern with a
 *       character whose folding {@link CaseFold} does not know exactly goes to RE2.
 * </ul>
 */
final class LiteralRegex implements Regex {
  private final String pattern;
  private final boolean ignoreCase;
  private final boolean dotAll;
  /** Each branch: literal runs between stars, with whether it starts and ends with a star. */
  private final List<Branch> branches;
  private volatile @Nullable Re2Regex engine;

  private record Branch(String[] runs, boolean hasStar) {}

  private LiteralRegex(String pattern, boolean ignoreCase, boolean dotAll, List<Branch> branches) {
    this.pattern = pattern;
    this.ignoreCase = ignoreCase;
    this.dotAll = dotAll;
    this.branches = List.copyOf(branches);
  }

  /** The pattern as literal branches, if it is of the accepted form. */
  static Optional<LiteralRegex> of(String pattern) {
    int i = 0;
    boolean ignoreCase = false;
    boolean dotAll = false;
    if (pattern.startsWith("(?")) {
      int close = pattern.indexOf(')');
      String flags = close < 0 ? "" : pattern.substring(2, close);
      if (flags.isEmpty() || !flags.chars().allMatch(c -> c == 'i' || c == 's')) {
        return Optional.empty();
      }
      ignoreCase = flags.indexOf('i') >= 0;
      dotAll = flags.indexOf('s') >= 0;
      i = close + 1;
    }
    if (!pattern.startsWith("^", i) || !endsUnescaped(pattern, '$')) {
      return Optional.empty();
    }
    String body = pattern.substring(i + 1, pattern.length() - 1);
    List<String> texts = new ArrayList<>();
    if (body.startsWith("(?:") && endsUnescaped(body, ')')) {
      if (!splitBranches(body.substring(3, body.length() - 1), texts)) {
        return Optional.empty();
      }
    } else {
      texts.add(body);
    }
    List<Branch> branches = new ArrayList<>();
    for (String text : texts) {
      Optional<Branch> b = branch(text, ignoreCase);
      if (b.isEmpty()) {
        return Optional.empty();
      }
      branches.add(b.get());
    }
    return Optional.of(new LiteralRegex(pattern, ignoreCase, dotAll, branches));
  }

  /** Whether the text ends with {@code c} not escaped by a backslash (an even number of them before it). */
  private static boolean endsUnescaped(String text, char c) {
    if (text.isEmpty() || text.charAt(text.length() - 1) != c) {
      return false;
    }
    int backslashes = 0;
    for (int i = text.length() - 2; i >= 0 && text.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 0;
  }

  /** Splits at top-level bars; false if the text holds a group or class (which this class does not read). */
  private static boolean splitBranches(String text, List<String> out) {
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        out.add(text.substring(from, i));
        from = i + 1;
      }
    }
    out.add(text.substring(from));
    return true;
  }

  private static Optional<Branch> branch(String text, boolean ignoreCase) {
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean star = false;
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith(".*", i) || text.startsWith("(?s:.*)", i)) {
        runs.add(run.toString());
        run.setLength(0);
        star = true;
        i += text.startsWith(".*", i) ? 2 : 7;
        continue;
      }
      int c = text.codePointAt(i);
      if (c == '\\') {
        if (i + 1 >= text.length() || Character.isLetterOrDigit(text.charAt(i + 1)) || text.charAt(i + 1) > 127) {
          return Optional.empty();
        }
        c = text.charAt(i + 1);
        i += 2;
      } else if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
        return Optional.empty();
      } else {
        i += Character.charCount(c);
      }
      if (ignoreCase && !CaseFold.isReliable(c) || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        return Optional.empty();
      }
      run.appendCodePoint(ignoreCase ? CaseFold.fold(c) : c);
    }
    runs.add(run.toString());
    return Optional.of(new Branch(runs.toArray(String[]::new), star));
  }

  @Override
  public boolean matchesWhole(String value) {
    if (!dotAll && value.indexOf('\n') >= 0) {
      return engine().matchesWhole(value);
    }
    String v = ignoreCase ? CaseFold.fold(value) : value;
    for (Branch b : branches) {
      if (matches(b, v)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Branch b, String v) {
    String[] runs = b.runs();
    if (!b.hasStar()) {
      return v.equals(runs[0]);
    }
    String first = runs[0];
    String last = runs[runs.length - 1];
    if (v.length() < first.length() + last.length() || !v.startsWith(first) || !v.endsWith(last)) {
      return false;
    }
    int at = first.length();
    int end = v.length() - last.length();
    for (int i = 1; i < runs.length - 1; i++) {
      if (runs[i].isEmpty()) {
        continue;
      }
      int found = v.indexOf(runs[i], at);
      if (found < 0 || found + runs[i].length() > end) {
        return false;
      }
      at = found + runs[i].length();
    }
    return true;
  }

  private Re2Regex engine() {
    Re2Regex e = engine;
    if (e == null) {
      e = Re2Regex.compile(pattern);
      engine = e;
    }
    return e;
  }

  @Override
  public boolean find(String value) {
    return engine().find(value);
  }

  @Override
  public Map<String, Integer> namedGroups() {
    return Map.of();
  }

  @Override
  public int groupCount() {
    return 0;
  }

  @Override
  public @Nullable String @Nullable [] first(String value) {
    return engine().first(value);
  }

  @Override
  public List<@Nullable String[]> all(String value) {
    return engine().all(value);
  }

  @Override
  public String replaceAll(String value, String replacement) {
    return engine().replaceAll(value, replacement);
  }
}
