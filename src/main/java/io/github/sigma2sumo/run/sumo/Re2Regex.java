package io.github.sigma2sumo.run.sumo;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A regex with RE2 semantics through re2j, Google's Java port of RE2: linear time in the input,
 * whatever the pattern (github.com/google/re2/wiki/Syntax). Regex literals ({@code matches /.../},
 * {@code replace(s, /.../, r)}) are RE2 (docs search-operators/matches.md), and so are
 * {@code parse regex} patterns RE2 accepts. Compiled patterns are shared by every query that writes
 * the same text (the SigmaHQ rules repeat their extraction regexes thousands of times).
 */
final class Re2Regex implements Regex {
  private static final int KEPT = 20_000;
  private static final Map<String, Re2Regex> COMPILED = new ConcurrentHashMap<>();

  private final Pattern pattern;
  private final Map<String, Integer> named;

  private Re2Regex(Pattern pattern) {
    this.pattern = pattern;
    Map<String, Integer> groups = new LinkedHashMap<>();
    pattern.namedGroups().entrySet().stream().sorted(Map.Entry.comparingByValue())
        .forEach(e -> groups.put(e.getKey(), e.getValue()));
    this.named = groups;
  }

  /** Compiles {@code regex}; throws re2j's {@code PatternSyntaxException} when RE2 rejects it. */
  static Re2Regex compile(String regex) {
    Re2Regex known = COMPILED.get(regex);
    if (known != null) {
      return known;
    }
    Re2Regex made = new Re2Regex(Pattern.compile(regex));
    if (COMPILED.size() < KEPT) {
      COMPILED.putIfAbsent(regex, made);
    }
    return made;
  }

  @Override
  public boolean matchesWhole(String value) {
    return pattern.matcher(value).matches();
  }

  @Override
  public boolean find(String value) {
    return pattern.matcher(value).find();
  }

  @Override
  public Map<String, Integer> namedGroups() {
    return named;
  }

  @Override
  public int groupCount() {
    return pattern.groupCount();
  }

  @Override
  public @Nullable String @Nullable [] first(String value) {
    Matcher m = pattern.matcher(value);
    return m.find() ? groups(m) : null;
  }

  @Override
  public List<@Nullable String[]> all(String value) {
    List<@Nullable String[]> out = new ArrayList<>();
    Matcher m = pattern.matcher(value);
    int from = 0;
    while (from <= value.length() && m.find(from)) {
      out.add(groups(m));
      from = m.end() > m.start() ? m.end() : m.end() + 1;
    }
    return out;
  }

  @Override
  public String replaceAll(String value, String replacement) {
    return pattern.matcher(value).replaceAll(replacement);
  }

  private @Nullable String[] groups(Matcher m) {
    @Nullable String[] out = new String[m.groupCount() + 1];
    for (int i = 0; i <= m.groupCount(); i++) {
      out[i] = m.group(i);
    }
    return out;
  }
}
