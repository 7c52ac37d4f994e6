package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSONPath subset {@code json} evaluates (docs parse-operators/parse-json-formatted-logs.md):
 * an optional root {@code $}, child names ({@code a.b}, {@code ['foo bar']}), array indices
 * ({@code [0]}) and the wildcard ({@code [*]}, {@code .*}). Keys are case-sensitive. A path with a
 * wildcard yields the array of what it reaches ({@code "Actor[*].Type"}); one without yields one
 * value or nothing. Recursive descent, unions, slices and script expressions are refused when
 * the query is prepared.
 */
final class JsonPath {

  private sealed interface Step {}

  private record Name(String name) implements Step {}

  private record Index(int index) implements Step {}

  private record Wildcard() implements Step {}

  private final List<Step> steps;
  private final boolean fans;

  private JsonPath(List<Step> steps) {
    this.steps = steps;
    this.fans = steps.stream().anyMatch(s -> s instanceof Wildcard);
  }

  /** The path, or why it is outside the subset. */
  static Parsed parse(String text) {
    List<Step> steps = new ArrayList<>();
    int i = 0;
    if (text.startsWith("$")) {
      i = 1;
    }
    boolean needName = i == 0 && !text.startsWith("[");
    while (i < text.length()) {
      char c = text.charAt(i);
      if (text.startsWith("..", i)) {
        return Parsed.refused("recursive descent (..)");
      }
      if (c == '.' && text.startsWith("[", i + 1)) {
        // "commits.[*].id" and "included.[0].name" occur in Sumo's own queries
        i++;
        continue;
      }
      if (c == '.' || needName) {
        int start = c == '.' ? i + 1 : i;
        int end = start;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        String name = text.substring(start, end);
        if (name.isEmpty()) {
          return Parsed.refused("an empty name");
        }
        if (name.startsWith("@") && start == 0) {
          return Parsed.refused("the current element (@)");
        }
        steps.add(name.equals("*") ? new Wildcard() : new Name(name));
        i = end;
        needName = false;
      } else if (c == '[') {
        int close = bracketEnd(text, i);
        if (close < 0) {
          return Parsed.refused("an unclosed [");
        }
        String inner = text.substring(i + 1, close).strip();
        if (inner.equals("*")) {
          steps.add(new Wildcard());
        } else if (inner.length() >= 2 && (inner.startsWith("'") && inner.endsWith("'")
            || inner.startsWith("\"") && inner.endsWith("\""))) {
          steps.add(new Name(inner.substring(1, inner.length() - 1)));
        } else if (inner.matches("\\d{1,9}")) {
          steps.add(new Index(Integer.parseInt(inner)));
        } else {
          return Parsed.refused("the subscript [" + inner + "] (unions, slices and scripts)");
        }
        i = close + 1;
      } else {
        return Parsed.refused("the character '" + c + "'");
      }
    }
    if (steps.isEmpty()) {
      return Parsed.refused("an empty path");
    }
    return new Parsed(Optional.of(new JsonPath(steps)), "");
  }

  private static int bracketEnd(String text, int open) {
    char quote = 0;
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  /** A parsed path, or why the text is none ({@code why} empty when parsed). */
  record Parsed(Optional<JsonPath> path, String why) {
    static Parsed refused(String why) {
      return new Parsed(Optional.empty(), why);
    }
  }

  /** What the path reaches in {@code root}: a value, an array of values for a wildcard path, or nothing. */
  Optional<JsonValue> evaluate(JsonValue root) {
    List<JsonValue> current = List.of(root);
    for (Step step : steps) {
      List<JsonValue> next = new ArrayList<>();
      for (JsonValue v : current) {
        if (step instanceof Name n && v instanceof JsonValue.Obj o) {
          JsonValue child = o.members().get(n.name());
          if (child != null) {
            next.add(child);
          }
        } else if (step instanceof Index x && v instanceof JsonValue.Arr a) {
          if (x.index() < a.elements().size()) {
            next.add(a.elements().get(x.index()));
          }
        } else if (step instanceof Wildcard) {
          if (v instanceof JsonValue.Arr a) {
            next.addAll(a.elements());
          } else if (v instanceof JsonValue.Obj o) {
            next.addAll(o.members().values());
          }
        }
      }
      current = next;
    }
    if (fans) {
      return current.isEmpty() ? Optional.empty() : Optional.of(new JsonValue.Arr(current));
    }
    return current.isEmpty() ? Optional.empty() : Optional.of(current.get(0));
  }
}
