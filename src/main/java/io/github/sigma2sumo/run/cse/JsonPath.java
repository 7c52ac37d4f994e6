package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A path of a {@code json} clause ({@code | json field=fields "foo.bar['baz']" as alias}), as the
 * syntax page's "Supported JSONPath syntax elements" allows: {@code $} the root, {@code .name} and
 * {@code ['name']} a key ({@code ['foo.bar']} is one key with a dot), {@code [n]} an array element
 * and {@code [*]} every element ("Works for arrays, not maps": on a map it finds nothing).
 *
 * <p>Left open by the docs, and decided here: a key step on a string that holds a JSON object or
 * array (the source field, or a value inside) reads that JSON, since extracting from JSON text is
 * what the operator is for; a path that finds nothing gives null; after {@code [*]} the rest of the
 * path applies to each element and the values found form an array.
 */
final class JsonPath {

  /** JSON text longer than this is not parsed for a path. */
  static final int MAX_JSON_TEXT = 1_000_000;

  private sealed interface Step permits Key, Element, Every {}

  private record Key(String name) implements Step {}

  private record Element(int index) implements Step {}

  private record Every() implements Step {}

  private final List<Step> steps;

  private JsonPath(List<Step> steps) {
    this.steps = steps;
  }

  static Optional<JsonPath> parse(String path, StringBuilder why) {
    List<Step> steps = new ArrayList<>();
    int i = 0;
    int n = path.length();
    if (path.startsWith("$")) {
      i = 1;
    }
    boolean first = true;
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.' || first && c != '[') {
        int start = c == '.' ? i + 1 : i;
        int end = start;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        if (end == start) {
          why.append("the json path \"").append(path).append("\" has an empty name at ").append(start + 1);
          return Optional.empty();
        }
        String name = path.substring(start, end);
        steps.add(name.equals("*") ? new Every() : new Key(name));
        i = end;
      } else if (c == '[') {
        int close;
        if (i + 1 < n && (path.charAt(i + 1) == '\'' || path.charAt(i + 1) == '"')) {
          char quote = path.charAt(i + 1);
          int endQuote = path.indexOf(quote, i + 2);
          if (endQuote < 0 || endQuote + 1 >= n || path.charAt(endQuote + 1) != ']') {
            why.append("the json path \"").append(path).append("\" has an unclosed [").append(quote).append(" at ")
                .append(i + 1);
            return Optional.empty();
          }
          steps.add(new Key(path.substring(i + 2, endQuote)));
          close = endQuote + 1;
        } else {
          close = path.indexOf(']', i);
          if (close < 0) {
            why.append("the json path \"").append(path).append("\" has an unclosed [ at ").append(i + 1);
            return Optional.empty();
          }
          String inside = path.substring(i + 1, close).strip();
          if (inside.equals("*")) {
            steps.add(new Every());
          } else if (inside.matches("[0-9]{1,9}")) {
            steps.add(new Element(Integer.parseInt(inside)));
          } else {
            why.append("the json path \"").append(path).append("\" has [").append(inside)
                .append("], which is neither an index, * nor a quoted key");
            return Optional.empty();
          }
        }
        i = close + 1;
      } else {
        why.append("the json path \"").append(path).append("\" has an unexpected '").append(c).append("' at ")
            .append(i + 1);
        return Optional.empty();
      }
      first = false;
    }
    return Optional.of(new JsonPath(List.copyOf(steps)));
  }

  /** What the path finds in {@code source} (a value of {@link Coercions}), or null. */
  @Nullable Object find(@Nullable Object source) {
    return walk(source, 0);
  }

  private @Nullable Object walk(@Nullable Object at, int from) {
    Object current = at;
    for (int i = from; i < steps.size(); i++) {
      current = json(current);
      Step step = steps.get(i);
      if (step instanceof Key k) {
        if (!(current instanceof YMap map)) {
          return null;
        }
        Entry e = map.entries().get(k.name());
        current = e == null ? null : Coercions.fromNode(e.value());
      } else if (step instanceof Element el) {
        if (!(current instanceof List<?> list) || el.index() >= list.size()) {
          return null;
        }
        current = list.get(el.index());
      } else {
        if (!(current instanceof List<?> list)) {
          return null;
        }
        List<@Nullable Object> out = new ArrayList<>();
        for (Object item : list) {
          Object found = walk(item, i + 1);
          if (found != null) {
            out.add(found);
          }
        }
        return Collections.unmodifiableList(out);
      }
    }
    return current;
  }

  /** A string holding a JSON object or array, as that value; anything else as it is. */
  private static @Nullable Object json(@Nullable Object value) {
    if (!(value instanceof String s) || s.length() > MAX_JSON_TEXT) {
      return value;
    }
    String t = s.stripLeading();
    if (t.isEmpty() || t.charAt(0) != '{' && t.charAt(0) != '[') {
      return value;
    }
    try {
      List<YNode> docs = YamlTree.documents(s);
      return docs.size() == 1 ? Coercions.fromNode(docs.get(0)) : value;
    } catch (YamlTree.YamlException | RuntimeException e) {
      return value;
    }
  }
}
